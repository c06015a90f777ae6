package org.suaka.shelter.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Closes an inspection whose follow-up is done.
 *
 * @param note what was done, e.g. "tandon air dibersihkan, diperiksa ulang 10-09-2024"
 * @param version the version of the inspection read
 */
public record CloseInspection(@NotBlank @Size(max = 2000) String note, @NotNull @PositiveOrZero Long version) {
}
