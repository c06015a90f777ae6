package org.suaka.reporting.spi;

/**
 * Parameters the engine gives every template, so that every official document carries the same
 * letterhead, numbering, place and date, signature block and verification code. A template declares
 * the ones it prints as {@code <parameter name="..." class="java.lang.String"/>}.
 */
public final class StandardParameters {

    /** The letterhead lines above the office name, separated by line breaks. */
    public static final String LETTERHEAD = "SUAKA_LETTERHEAD";
    /** The issuing office's name. */
    public static final String OFFICE_NAME = "SUAKA_OFFICE_NAME";
    /** The issuing office's address. */
    public static final String OFFICE_ADDRESS = "SUAKA_OFFICE_ADDRESS";
    /** The document number, from the configured pattern. */
    public static final String DOCUMENT_NUMBER = "SUAKA_DOCUMENT_NUMBER";
    /** Place and date of issue in the document's language, e.g. {@code Kupang, 30 September 2024}. */
    public static final String PLACE_AND_DATE = "SUAKA_PLACE_AND_DATE";
    /** The signatory's position. */
    public static final String SIGNATORY_TITLE = "SUAKA_SIGNATORY_TITLE";
    /** The signatory's name. */
    public static final String SIGNATORY_NAME = "SUAKA_SIGNATORY_NAME";
    /** The signatory's NIP. */
    public static final String SIGNATORY_NIP = "SUAKA_SIGNATORY_NIP";
    /** The code under which the issued document can be verified. */
    public static final String VERIFICATION_CODE = "SUAKA_VERIFICATION_CODE";
    /** The report's id and template version, e.g. {@code monthly-statistics v1.0}. */
    public static final String TEMPLATE_LABEL = "SUAKA_TEMPLATE_LABEL";
    /** The report's title in the document's language. */
    public static final String TITLE = "SUAKA_TITLE";
    /**
     * The issuing office's logo as a {@code java.io.InputStream} of a PNG or JPEG, or null when it has none;
     * a template prints it at the left of the letterhead.
     */
    public static final String LOGO = "SUAKA_LOGO";

    private StandardParameters() {
    }
}
