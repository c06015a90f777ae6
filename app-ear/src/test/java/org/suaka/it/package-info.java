/**
 * In-container tests: the real EAR deployed by Arquillian to a managed Open Liberty with embedded
 * Derby, driven through the REST API as a client would, PDFs read back with PDFBox.
 */
package org.suaka.it;
