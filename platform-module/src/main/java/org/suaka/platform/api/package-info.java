/**
 * Error types and small value types that every module's API may use, so that the web layer can
 * translate any module's failure into the same HTTP problem shape.
 */
package org.suaka.platform.api;
