package org.suaka.audit.api;

import java.time.Instant;
import java.util.List;

import org.suaka.platform.audit.FieldChange;

/**
 * One entry of the audit trail as the viewer and the export show it.
 *
 * @param id the entry's number, in the order entries were written
 * @param chainSeq its position in the hash chain, or 0 while it waits to be chained (a second at most)
 * @param occurredAt when
 * @param actor who: a user name or {@code system:<job>}
 * @param operation what was called, e.g. {@code PersonService.update} or {@code SIGN_IN}
 * @param recordType the kind of record concerned, or null
 * @param recordId which record, or null
 * @param outcome {@code OK}, {@code DENIED}, {@code NOT_FOUND}, {@code INVALID}, {@code CONFLICT} or {@code FAILED}
 * @param changes for writes, the fields before and after (personal values as fingerprints)
 * @param channel {@code api}, {@code ui}, {@code job} or {@code unknown}
 * @param address from where
 * @param purpose why, as the user stated it
 * @param request the request line or job
 * @param hash the entry's chained hash, or null while it waits to be chained
 */
public record AuditRecord(long id, long chainSeq, Instant occurredAt, String actor, String operation,
        String recordType, String recordId, String outcome, List<FieldChange> changes, String channel,
        String address, String purpose, String request, String hash) {

    public AuditRecord {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }
}
