package org.suaka.reporting.testkit;

/**
 * A report the kit rendered.
 *
 * @param pdf the PDF, as the server would issue it
 * @param text its text, page after page
 * @param version the version it would be installed as
 */
public record RenderedReport(byte[] pdf, String text, String version) {
}
