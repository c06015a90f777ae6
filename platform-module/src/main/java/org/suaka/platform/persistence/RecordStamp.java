package org.suaka.platform.persistence;

import java.time.Instant;

/**
 * Who created a record and when, and who changed it last and when.
 *
 * @param createdAt when the record was created
 * @param createdBy who created it: a user name or {@code system:<job>}; null for records older than the stamps
 * @param changedAt when it was last changed, or null when never
 * @param changedBy who changed it last, or null when never
 */
public record RecordStamp(Instant createdAt, String createdBy, Instant changedAt, String changedBy) {
}
