/**
 * The staff interface (Jakarta Faces with PrimeFaces): backing beans of the pages under {@code /app},
 * composing the module apis the way the REST resources do. Every label comes from
 * {@code org.suaka.web.ui.messages}, Indonesian by default.
 */
package org.suaka.web.ui;
