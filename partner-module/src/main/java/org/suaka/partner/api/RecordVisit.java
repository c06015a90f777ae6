package org.suaka.partner.api;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.suaka.platform.api.PlausibleDate;
import org.suaka.registry.api.PersonId;

/**
 * A visit or coordination meeting with a partner, as minuted by the office.
 *
 * @param organisationId the visiting or visited partner
 * @param date the day it took place, not in the future
 * @param location where, e.g. {@code Ruang Kepala Rumah Detensi Imigrasi Kupang}
 * @param purpose what it was for
 * @param minutes what was discussed and agreed; optional
 * @param attendees who was present, at least one
 * @param personIds registered persons whose cases were discussed; may be empty
 * @param kind what kind of meeting it was; a partner's visit to the office when null
 * @param startsAt the time it began, or null
 * @param decisions what was decided, or null
 * @param otherOrganisationIds the other partners that took part, e.g. at a coordination meeting; may be empty
 */
public record RecordVisit(
        @NotNull OrganisationId organisationId,
        @NotNull @PlausibleDate LocalDate date,
        @NotBlank @Size(max = 300) String location,
        @NotBlank @Size(max = 1000) String purpose,
        @Size(max = 20_000) String minutes,
        @NotEmpty @Size(max = 100) List<@NotNull @Valid Attendee> attendees,
        @Size(max = 500) List<@NotNull PersonId> personIds,
        VisitKind kind,
        LocalTime startsAt,
        @Size(max = 20_000) String decisions,
        @Size(max = 20) List<@NotNull OrganisationId> otherOrganisationIds) {

    public RecordVisit {
        personIds = personIds == null ? List.of() : personIds;
        kind = kind == null ? VisitKind.PARTNER_VISIT : kind;
        otherOrganisationIds = otherOrganisationIds == null ? List.of() : otherOrganisationIds;
    }
}
