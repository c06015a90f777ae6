package org.suaka.registry.internal.persistence;

/** A column the kept supervision figures can be grouped by. */
public enum FigureDimension {
    /** The office's id. */
    OFFICE("OFFICE_ID"),
    /** The ISO 3166-1 alpha-3 nationality. */
    NATIONALITY("NATIONALITY"),
    /** The {@code Sex} name. */
    SEX("SEX"),
    /** The index of the age band, -1 when unknown. */
    AGE_BAND("AGE_BAND"),
    /** The supervision status name, empty before the first. */
    STATUS("STATUS"),
    /** The UNHCR status name, empty before the first decision. */
    UNHCR_STATUS("UNHCR_STATUS"),
    /** The specific need, on the rows that count needs. */
    NEED("NEED");

    final String column;

    FigureDimension(String column) {
        this.column = column;
    }
}
