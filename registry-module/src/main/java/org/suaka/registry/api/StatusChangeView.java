package org.suaka.registry.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One change of a person's supervision status, as recorded.
 *
 * @param id the change's id
 * @param personId whose status
 * @param status the status from the effective day on
 * @param reason why, or null when the status needs none (or the change was migrated without one)
 * @param destination the country of resettlement or the detention house of a transfer, or null
 * @param effectiveOn the day the status took effect
 * @param note the officer's note, or null
 * @param recordedBy who recorded the change
 * @param recordedAt when it was recorded
 */
public record StatusChangeView(UUID id, PersonId personId, SupervisionStatus status, StatusReason reason,
        String destination, LocalDate effectiveOn, String note, String recordedBy, Instant recordedAt) {
}
