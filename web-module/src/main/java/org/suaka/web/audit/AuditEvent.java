package org.suaka.web.audit;

/**
 * Something to put on the record.
 *
 * @param actor the user name
 * @param action what was done, e.g. {@code READ}, {@code CREATE}, {@code ISSUE_REPORT}
 * @param entity the kind of record, e.g. {@code person}
 * @param entityId the record's id, or the report's arguments
 * @param detail more about it, e.g. the request line and its status
 * @param address where the request came from
 * @param purpose why, as the user stated it; may be empty
 */
public record AuditEvent(String actor, String action, String entity, String entityId, String detail, String address,
        String purpose) {
}
