package org.suaka.partner.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Withdraws an assistance record entered in error; the record stays, voided, and no longer counts.
 *
 * @param reason why, e.g. "tercatat dua kali"
 * @param version the version of the record read
 */
public record VoidAssistance(@NotBlank @Size(max = 500) String reason, @NotNull @PositiveOrZero Long version) {
}
