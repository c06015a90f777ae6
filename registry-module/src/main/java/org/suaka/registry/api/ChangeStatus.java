package org.suaka.registry.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.suaka.platform.api.PlausibleDate;

/**
 * A change of a person's supervision status.
 *
 * @param status the new status
 * @param effectiveOn the day it took effect: not after today, not before the person's last change
 * @param reason why: required for {@link SupervisionStatus#OUTSIDE_SHELTER} (hospital or permitted) and
 *     {@link SupervisionStatus#DEPARTED} (a departure reason); empty otherwise
 * @param destination where to: the country of resettlement (ISO 3166-1 alpha-3) or the detention house of a
 *     transfer; empty for other reasons
 * @param note what the officer noted; optional
 * @param version the version of the person the caller saw
 */
public record ChangeStatus(
        @NotNull SupervisionStatus status,
        @NotNull @PlausibleDate LocalDate effectiveOn,
        StatusReason reason,
        @Size(max = 100) String destination,
        @Size(max = 500) String note,
        @NotNull @PositiveOrZero Long version) {
}
