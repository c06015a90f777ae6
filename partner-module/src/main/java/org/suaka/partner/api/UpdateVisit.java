package org.suaka.partner.api;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.suaka.platform.api.Names;
import org.suaka.platform.api.PlausibleDate;
import org.suaka.registry.api.PersonId;

/**
 * A correction of a visit's record (HTTP PATCH): a field left null keeps its value; empty minutes clear
 * them; an attendee or person list replaces the list as a whole.
 *
 * @param date the corrected day, not in the future
 * @param location the corrected place
 * @param purpose the corrected purpose
 * @param minutes the corrected minutes, or empty to clear them
 * @param attendees who was present, at least one
 * @param personIds the registered persons whose cases were discussed
 * @param kind the corrected kind of meeting
 * @param startsAt the corrected time it began
 * @param decisions the corrected decisions, or empty to clear them
 * @param otherOrganisationIds the other partners that took part, replacing the list
 * @param version the version of the visit the caller read
 */
public record UpdateVisit(
        @PlausibleDate LocalDate date,
        @Size(max = 300) @Pattern(regexp = Names.SOME_TEXT, message = "{jakarta.validation.constraints.NotBlank.message}") String location,
        @Size(max = 1000) @Pattern(regexp = Names.SOME_TEXT, message = "{jakarta.validation.constraints.NotBlank.message}") String purpose,
        @Size(max = 20_000) String minutes,
        @Size(min = 1, max = 100) List<@NotNull @Valid Attendee> attendees,
        @Size(max = 500) List<@NotNull PersonId> personIds,
        VisitKind kind,
        LocalTime startsAt,
        @Size(max = 20_000) String decisions,
        @Size(max = 20) List<@NotNull OrganisationId> otherOrganisationIds,
        @NotNull @PositiveOrZero Long version) {}
