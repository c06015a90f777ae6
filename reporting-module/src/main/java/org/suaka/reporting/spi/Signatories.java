package org.suaka.reporting.spi;

/**
 * Who signs a report, as {@link ReportDefinition#signatory()} names it: the head of the issuing office
 * (the default), the head of the top office (the Director General), or a signatory configured for the
 * installation as {@code suaka.signatory.<key>.title}, {@code .name} and {@code .nip}, such as the head of
 * a section.
 */
public final class Signatories {

    /** The issuing office's signatory, from its profile. */
    public static final String OFFICE = "office";
    /** The top office's signatory. */
    public static final String NATIONAL = "national";

    private Signatories() {
    }
}
