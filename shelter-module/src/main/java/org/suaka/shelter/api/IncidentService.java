package org.suaka.shelter.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.suaka.platform.api.ResultPage;
import org.suaka.platform.api.Tally;

/**
 * Incidents in shelters (kehebohan, self-harm, escapes, ...) with their follow-ups until closed. Enforcement
 * data: no partner role reaches any of it.
 */
public interface IncidentService {

    /**
     * @param command the incident
     * @return the incident, open
     * @throws org.suaka.platform.api.InvalidFieldException for a time in the future, an unknown shelter or person
     */
    IncidentView record(@NotNull @Valid RecordIncident command);

    /**
     * @param id an open incident of the caller's office
     * @param command the note, whether it closes the incident, the version read
     * @return the incident with the follow-up
     * @throws org.suaka.platform.api.BusinessRuleException ({@code incident-closed}) when it was closed already
     */
    IncidentView followUp(@NotNull UUID id, @NotNull @Valid RecordFollowUp command);

    /**
     * @param id an incident's id
     * @return the incident, when it belongs to an office the caller reads
     */
    Optional<IncidentView> find(@NotNull UUID id);

    /**
     * @param query the filter and page
     * @return the incidents, latest first
     */
    ResultPage<IncidentView> list(@NotNull @Valid IncidentQuery query);

    /**
     * @param from the first day
     * @param until the last day
     * @return the incidents of those days per type, most first; one GROUP BY
     */
    List<Tally> countByType(@NotNull LocalDate from, @NotNull LocalDate until);
}
