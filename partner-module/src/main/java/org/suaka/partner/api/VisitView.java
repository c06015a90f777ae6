package org.suaka.partner.api;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.suaka.registry.api.PersonId;

/**
 * A recorded visit or meeting.
 *
 * @param id its id
 * @param organisationId the partner
 * @param organisationName the partner's name, for display
 * @param date the day it took place
 * @param location where
 * @param purpose what it was for
 * @param minutes what was discussed, or null
 * @param attendees who was present
 * @param personIds registered persons whose cases were discussed
 * @param kind what kind of meeting it was
 * @param startsAt the time it began, or null
 * @param decisions what was decided, or null
 * @param otherOrganisations the other partners that took part
 * @param version the optimistic-lock version
 */
public record VisitView(VisitId id, OrganisationId organisationId, String organisationName, LocalDate date,
        String location, String purpose, String minutes, List<Attendee> attendees, List<PersonId> personIds,
        VisitKind kind, LocalTime startsAt, String decisions, List<OrganisationRef> otherOrganisations, long version) {

    public VisitView {
        attendees = List.copyOf(attendees);
        personIds = List.copyOf(personIds);
        otherOrganisations = List.copyOf(otherOrganisations);
    }
}
