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
 * missing and malformed arguments are refused, naming the argument.
 */
final class ArgumentParser {

    private static final int MAX_TEXT = 200;

    private ArgumentParser() {
    }

    static ReportArguments parse(List<ReportParameter> parameters, Map<String, String> given) {
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
            values.put(parameter.name(), parse(parameter, text.strip()));
        }
        return new ReportArguments(values);
    }

    private static Object parse(ReportParameter parameter, String text) {
        try {
            return switch (parameter.type()) {
                case YEAR_MONTH -> YearMonth.parse(text);
                case DATE -> LocalDate.parse(text);
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

    private static InvalidFieldException invalid(ReportParameter parameter, String expected) {
        return new InvalidFieldException(parameter.name(), "The parameter '" + parameter.name() + "' must be "
                + expected);
    }
}
