package org.suaka.reporting.internal.engine;

/**
 * The document information written into an issued PDF.
 *
 * @param title the report's title
 * @param author the issuing office
 * @param subject what the document is, e.g. its number
 * @param keywords search keywords, e.g. the verification code
 * @param verificationUrl where anyone holding the paper checks it: printed on every page as a QR code
 */
public record PdfMetadata(String title, String author, String subject, String keywords, String verificationUrl) {
}
