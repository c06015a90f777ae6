package org.suaka.partner.api;

import java.time.LocalDate;
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
 */
public record RecordVisit(
        @NotNull OrganisationId organisationId,
        @NotNull @PlausibleDate LocalDate date,
        @NotBlank @Size(max = 300) String location,
        @NotBlank @Size(max = 1000) String purpose,
        @Size(max = 20_000) String minutes,
        @NotEmpty @Size(max = 100) List<@NotNull @Valid Attendee> attendees,
        @Size(max = 500) List<@NotNull PersonId> personIds) {

    public RecordVisit {
        personIds = personIds == null ? List.of() : personIds;
    }
}
