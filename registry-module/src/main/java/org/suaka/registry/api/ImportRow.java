package org.suaka.registry.api;

import java.util.Map;

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

    /**
     * @param field a field
     * @return its text, stripped, or null when empty
     */
    public String text(ImportField field) {
        String value = values.get(field);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
