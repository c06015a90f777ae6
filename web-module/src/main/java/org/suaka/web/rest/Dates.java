package org.suaka.web.rest;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.suaka.platform.api.InvalidFieldException;

/**
 * Dates in query parameters: four-digit years only, so that no date at the edge of the calendar reaches
 * date arithmetic.
 */
final class Dates {

    private Dates() {
    }

    static LocalDate parse(String parameter, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidFieldException(parameter, "The parameter '" + parameter + "' is required, as YYYY-MM-DD");
        }
        if (!text.strip().matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new InvalidFieldException(parameter, "The parameter '" + parameter
                    + "' must be a date written YYYY-MM-DD, e.g. 2024-09-30");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(parameter, "The parameter '" + parameter
                    + "' must be a date written YYYY-MM-DD, e.g. 2024-09-30");
        }
    }

    static YearMonth month(String parameter, String text) {
        if (text == null || !text.strip().matches("\\d{4}-\\d{2}")) {
            throw new InvalidFieldException(parameter, "Give the month as YYYY-MM, e.g. 2024-09");
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(parameter, "Give the month as YYYY-MM, e.g. 2024-09");
        }
    }
}
