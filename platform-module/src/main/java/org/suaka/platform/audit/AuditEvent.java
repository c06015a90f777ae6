package org.suaka.platform.audit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Something to put on the audit trail.
 *
 * @param occurredAt when, as an instant (shown in office time)
 * @param actor who: a user name, or {@code system:<job>} for a scheduled job
 * @param operation what was called, e.g. {@code PersonService.register} or {@code SIGN_IN_FAILED}
 * @param recordType the kind of record concerned, e.g. {@code person}; may be null
 * @param recordId the record's id; may be null
 * @param outcome {@code OK}, {@code DENIED}, {@code NOT_FOUND}, {@code INVALID}, {@code CONFLICT} or {@code FAILED}
 * @param changes for writes, the fields before and after; empty otherwise
 * @param origin where the call came from and why
 */
public record AuditEvent(Instant occurredAt, String actor, String operation, String recordType, String recordId,
        String outcome, List<FieldChange> changes, CallOrigin origin) {

    public AuditEvent {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(outcome, "outcome");
        changes = changes == null ? List.of() : List.copyOf(changes);
        origin = origin == null ? CallOrigin.UNKNOWN : origin;
    }
}
