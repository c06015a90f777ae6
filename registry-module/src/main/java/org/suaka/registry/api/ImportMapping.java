package org.suaka.registry.api;

import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A column mapping an officer saved by name, for the next file of the same shape: the header of the column
 * that holds each field.
 *
 * @param name the mapping's name in the office, e.g. "Daftar IOM Kupang"
 * @param headers the header of each field's column, as the file writes it
 */
public record ImportMapping(@NotBlank @Size(max = 100) String name,
        @NotNull @NotEmpty Map<@NotNull ImportField, @NotBlank @Size(max = 200) String> headers) {

    public ImportMapping {
        headers = headers == null ? null : Map.copyOf(headers);
    }
}
