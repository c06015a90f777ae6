package org.suaka.reporting.spi;

import java.util.Objects;

/**
 * A parameter a report takes from the caller, such as the month of a monthly report.
 *
 * @param name the parameter's name in the request, e.g. {@code month}
 * @param type how its text is parsed and checked
 * @param required whether the caller must give it
 */
public record ReportParameter(String name, ParameterType type, boolean required) {

    public ReportParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    /** The types of value a report parameter may hold. */
    public enum ParameterType {
        /** A month as {@code YYYY-MM}, parsed to {@link java.time.YearMonth}. */
        YEAR_MONTH,
        /** A day as {@code YYYY-MM-DD}, parsed to {@link java.time.LocalDate}. */
        DATE,
        /** A UUID of a record, kept as {@link java.util.UUID}. */
        RECORD_ID,
        /** Free text of at most 200 characters. */
        TEXT
    }
}
