package org.suaka.registry.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One change of a person's UNHCR status, as recorded.
 *
 * @param status the status from the effective day on
 * @param effectiveOn the day of UNHCR's decision
 * @param note the note, or null
 * @param recordedBy who recorded it
 * @param recordedAt when
 */
public record UnhcrStatusView(UnhcrStatus status, LocalDate effectiveOn, String note, String recordedBy,
        Instant recordedAt) {
}
