package org.suaka.shelter.api;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.suaka.registry.api.PersonId;

/**
 * An incident with its follow-ups. Enforcement data: partner staff never see it.
 *
 * @param id the incident's id
 * @param shelterId where it happened
 * @param shelterName the shelter's name
 * @param type what happened
 * @param occurredAt when
 * @param severity how serious
 * @param description what happened
 * @param actionsTaken what was done at once, or null
 * @param personIds the persons involved
 * @param policeInformed whether the police were told
 * @param partnerInformed whether a partner was told
 * @param reportedBy who recorded it
 * @param closedAt when it was closed, or null while it is open
 * @param followUps its follow-ups, oldest first
 * @param version the version to send with a follow-up
 */
public record IncidentView(UUID id, ShelterId shelterId, String shelterName, IncidentType type, LocalDateTime occurredAt,
        Severity severity, String description, String actionsTaken, List<PersonId> personIds, boolean policeInformed,
        boolean partnerInformed, String reportedBy, LocalDateTime closedAt, List<FollowUpView> followUps, long version) {
}
