package org.suaka.audit.api;

import java.time.Instant;

/**
 * Which entries of the audit trail to show; every filter may be null.
 *
 * @param actor a user name, exactly
 * @param recordId a record id, exactly
 * @param operation an operation, exactly, e.g. {@code SIGN_IN_FAILED}
 * @param from the first instant, inclusive
 * @param until the last instant, exclusive
 */
public record AuditQuery(String actor, String recordId, String operation, Instant from, Instant until) {

    /** Every entry. */
    public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null);
}
