package org.suaka.registry.api;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * One row of an imported spreadsheet, as text, by field.
 *
 * @param line the row's line in the file, for the officer and the error report
 * @param values the text of each mapped column; a field left out or blank is empty
 */
public record ImportRow(@Positive int line, @NotNull Map<ImportField, String> values) {

    public ImportRow {
        values = Map.copyOf(values);
    }

    /** The ways offices write dates: ISO, or day first (never month first). */
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE, pattern("d/M/uuuu"),
            pattern("d-M-uuuu"), pattern("d.M.uuuu"));

    /**
     * @param field a field that holds a date
     * @return the date, or empty when the field is empty
     * @throws DateTimeParseException when the text is not a date written YYYY-MM-DD, DD/MM/YYYY, DD-MM-YYYY or DD.MM.YYYY
     */
    public Optional<LocalDate> date(ImportField field) {
        String text = text(field);
        if (text == null) {
            return Optional.empty();
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return Optional.of(LocalDate.parse(text, format));
            } catch (DateTimeParseException e) {
                // the next format
            }
        }
        throw new DateTimeParseException("Not a date written YYYY-MM-DD or DD/MM/YYYY", text, 0);
    }

    private static DateTimeFormatter pattern(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }

    /**
     * @param field a field
     * @return its text, stripped, or null when empty
     */
    public String text(ImportField field) {
        String value = values.get(field);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
