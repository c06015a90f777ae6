package org.suaka.partner.api;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An action item agreed at a visit or meeting.
 *
 * @param id its id
 * @param visitId the meeting it was agreed at
 * @param organisationName the partner met
 * @param meetingDate the day of the meeting
 * @param description what is to be done
 * @param owner who does it
 * @param dueOn by when
 * @param status whether it is done
 * @param doneOn the day it was marked done, or null
 * @param version the version to send when marking it done
 */
public record ActionItemView(UUID id, VisitId visitId, String organisationName, LocalDate meetingDate, String description,
        String owner, LocalDate dueOn, ActionStatus status, LocalDate doneOn, long version) {
}
