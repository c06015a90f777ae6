package org.suaka.reporting.internal.engine;

import java.util.Locale;
import org.suaka.reporting.spi.ReportBundles;

/**
 * The document information written into an issued PDF.
 *
 * @param title the report's title
 * @param author the issuing office
 * @param subject what the document is, e.g. its number
 * @param keywords search keywords, e.g. the verification code
 * @param verificationUrl where anyone holding the paper checks it: printed on every page as a QR code
 * @param locale the document's language, for the page numbers the engine prints
 * @param classification a security classification printed at the top and bottom of every page, e.g.
 *     {@code TERBATAS}; null for none
 */
public record PdfMetadata(String title, String author, String subject, String keywords, String verificationUrl,
        Locale locale, String classification) {

    /**
     * Metadata of an Indonesian document with no classification.
     *
     * @param title the report's title
     * @param author the issuing office
     * @param subject what the document is
     * @param keywords search keywords
     * @param verificationUrl where anyone holding the paper checks it
     */
    public PdfMetadata(String title, String author, String subject, String keywords, String verificationUrl) {
        this(title, author, subject, keywords, verificationUrl, ReportBundles.INDONESIAN, null);
    }
}
