package org.suaka.reporting.internal.application;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.suaka.platform.api.Ids;
import org.suaka.platform.api.InvalidFieldException;
import org.suaka.reporting.spi.ReportArguments;
import org.suaka.reporting.spi.ReportParameter;

/**
 * Checks a caller's text arguments against a report's declared parameters and parses them. Unknown,
 * missing and malformed arguments are refused, naming the argument, and so are months and days outside
 * the office's life: before it was established or after its today, so that no official document number is
 * spent on a report of a month that cannot have figures.
 */
public final class ArgumentParser {

    private static final int MAX_TEXT = 200;

    private ArgumentParser() {
    }

    /**
     * @param parameters what the report declares
     * @param given the caller's arguments as text
     * @param established the first day of the office
     * @param today the office's today
     * @return the parsed arguments
     */
    public static ReportArguments parse(List<ReportParameter> parameters, Map<String, String> given, LocalDate established,
            LocalDate today) {
        Set<String> declared = parameters.stream().map(ReportParameter::name).collect(Collectors.toSet());
        for (String name : given.keySet()) {
            if (!declared.contains(name)) {
                throw new InvalidFieldException(name, "This report takes no parameter named '" + name
                        + "'; it takes " + String.join(", ", declared));
            }
        }
        Map<String, Object> values = new HashMap<>();
        for (ReportParameter parameter : parameters) {
            String text = given.get(parameter.name());
            if (text == null || text.isBlank()) {
                if (parameter.required()) {
                    throw new InvalidFieldException(parameter.name(), "The parameter '" + parameter.name()
                            + "' is required");
                }
                continue;
            }
            Object value = parse(parameter, text.strip());
            requireWithin(parameter, value, established, today);
            values.put(parameter.name(), value);
        }
        return new ReportArguments(values);
    }

    private static Object parse(ReportParameter parameter, String text) {
        try {
            return switch (parameter.type()) {
                case YEAR_MONTH -> YearMonth.parse(requireFourDigitYear(parameter, text));
                case DATE -> LocalDate.parse(requireFourDigitYear(parameter, text));
                case RECORD_ID -> Ids.parseUuid(text).orElseThrow(() -> invalid(parameter, "a record id (UUID)"));
                case TEXT -> {
                    if (text.length() > MAX_TEXT) {
                        throw invalid(parameter, "text of at most " + MAX_TEXT + " characters");
                    }
                    yield text;
                }
            };
        } catch (DateTimeException e) {
            throw invalid(parameter, parameter.type() == ReportParameter.ParameterType.YEAR_MONTH
                    ? "a month written YYYY-MM, e.g. 2024-09" : "a date written YYYY-MM-DD, e.g. 2024-09-30");
        }
    }

    private static String requireFourDigitYear(ReportParameter parameter, String text) {
        if (!text.matches("\\d{4}-.*")) {
            throw new DateTimeException("Not a four-digit year in " + parameter.name());
        }
        return text;
    }

    private static void requireWithin(ReportParameter parameter, Object value, LocalDate established, LocalDate today) {
        boolean outside = value instanceof YearMonth month
                ? month.isBefore(YearMonth.from(established)) || month.isAfter(YearMonth.from(today))
                : value instanceof LocalDate day && (day.isBefore(established) || day.isAfter(today));
        if (outside) {
            throw invalid(parameter, "between " + established + " (when the office was established) and today ("
                    + today + ")");
        }
    }

    private static InvalidFieldException invalid(ReportParameter parameter, String expected) {
        return new InvalidFieldException(parameter.name(), "The parameter '" + parameter.name() + "' must be "
                + expected);
    }
}
