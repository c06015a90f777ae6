package org.suaka.shelter.api;

import java.time.LocalDateTime;

import org.suaka.registry.api.PersonId;

/**
 * An exit permit (izin keluar) as the API shows it.
 *
 * @param id the permit's id
 * @param personId the person
 * @param purpose why the person leaves
 * @param destination where to
 * @param leaveAt when the person leaves (office time)
 * @param expectedReturnAt when the person is to be back
 * @param state where the permit stands
 * @param requestedBy the officer who asked for it
 * @param decidedBy the supervisor who approved or refused it, or null
 * @param decisionNote the supervisor's note, or null
 * @param returnedAt when the person came back, or null
 * @param overdue whether the person is late: approved, not back, and the expected return has passed
 * @param version the version to send back with a change
 */
public record PermitView(PermitId id, PersonId personId, String purpose, String destination, LocalDateTime leaveAt,
        LocalDateTime expectedReturnAt, PermitState state, String requestedBy, String decidedBy, String decisionNote,
        LocalDateTime returnedAt, boolean overdue, long version) {
}
