package org.suaka.registry.api;

import java.time.Instant;

import org.suaka.platform.audit.PersonalData;

/**
 * A duplicate record merged into a person's record: its id still leads to the person.
 *
 * @param id the merged record's id
 * @param name its name as it was registered
 * @param note why it was merged, or null
 * @param mergedBy who merged it
 * @param mergedAt when
 */
public record MergedRecordView(PersonId id, @PersonalData String name, String note, String mergedBy, Instant mergedAt) {
}
