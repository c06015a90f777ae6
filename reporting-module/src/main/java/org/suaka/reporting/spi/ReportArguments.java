package org.suaka.reporting.spi;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The caller's arguments for a report, already parsed and checked against the definition's parameters.
 * Immutable, so a plugin cannot change what other code sees.
 *
 * @param values the parsed values by parameter name
 */
public record ReportArguments(Map<String, Object> values) {

    public ReportArguments {
        values = Map.copyOf(values);
    }

    /**
     * @param name a {@link ReportParameter.ParameterType#YEAR_MONTH} parameter
     * @return its value
     */
    public YearMonth yearMonth(String name) {
        return (YearMonth) require(name);
    }

    /**
     * @param name a {@link ReportParameter.ParameterType#DATE} parameter
     * @return its value, or empty when it was optional and not given
     */
    public Optional<LocalDate> date(String name) {
        return Optional.ofNullable((LocalDate) values.get(name));
    }

    /**
     * @param name a {@link ReportParameter.ParameterType#RECORD_ID} parameter
     * @return its value
     */
    public UUID recordId(String name) {
        return (UUID) require(name);
    }

    /**
     * @param name a {@link ReportParameter.ParameterType#TEXT} parameter
     * @return its value, or empty when it was optional and not given
     */
    public Optional<String> text(String name) {
        return Optional.ofNullable((String) values.get(name));
    }

    private Object require(String name) {
        Object value = values.get(name);
        if (value == null) {
            throw new IllegalStateException("Report parameter " + name + " was not declared as required");
        }
        return value;
    }
}
