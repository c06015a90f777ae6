package org.suaka.partner.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.suaka.platform.api.PlausibleDate;

/**
 * Records that the service was given.
 *
 * @param completedOn the day, not before the referral nor in the future
 * @param outcome what came of it, e.g. "diperiksa dokter; rawat jalan, kontrol dua minggu lagi"
 * @param version the version of the referral read
 */
public record CompleteReferral(@NotNull @PlausibleDate LocalDate completedOn, @NotBlank @Size(max = 2000) String outcome,
        @NotNull @PositiveOrZero Long version) {
}
