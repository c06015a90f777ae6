package org.suaka.web.audit;

import java.time.LocalDateTime;

/**
 * An audit entry as the viewer and the export show it.
 *
 * @param seq its position in the chain, from 1
 * @param recordedAt when, in UTC
 * @param actor who
 * @param action what
 * @param entity the kind of record
 * @param entityId which record
 * @param detail more about it
 * @param address from where
 * @param purpose why
 * @param hash the entry's chained hash
 */
public record AuditRecord(long seq, LocalDateTime recordedAt, String actor, String action, String entity,
        String entityId, String detail, String address, String purpose, String hash) {
}
