package org.suaka.registry.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.suaka.platform.api.PlausibleDate;

/**
 * A change of a person's UNHCR status, as UNHCR decided it.
 *
 * @param status the new status
 * @param effectiveOn the day of UNHCR's decision: not after today, not before the last change
 * @param note e.g. the reference of UNHCR's letter; optional
 */
public record RecordUnhcrStatus(@NotNull UnhcrStatus status, @NotNull @PlausibleDate LocalDate effectiveOn,
        @Size(max = 500) String note) {
}
