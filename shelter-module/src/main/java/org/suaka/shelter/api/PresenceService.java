package org.suaka.shelter.api;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.suaka.platform.api.PageRequest;
import org.suaka.platform.api.ResultPage;

/**
 * Presence checks (roll calls): the persons expected in a shelter on a day come from the placements; an
 * officer marks each and saves the whole sheet at once. Absences without a permit are flagged; three in a
 * row raise an alert.
 */
public interface PresenceService {

    /** How many checks in a row must find a person absent without a permit before an alert is raised. */
    int ALERT_STREAK = 3;

    /**
     * @param shelterId a shelter the caller reads
     * @param day the day
     * @return the check as saved, or a sheet to take with its marks suggested
     * @throws ShelterNotFoundException when the caller reads no such shelter
     */
    PresenceSheet sheet(@NotNull ShelterId shelterId, @NotNull LocalDate day);

    /**
     * @param command the shelter, the day, a mark per expected person, and the version read for a correction
     * @return the check as saved
     * @throws org.suaka.platform.api.InvalidFieldException ({@code marks}) when the marks are not exactly the
     *     persons expected that day
     * @throws org.suaka.platform.api.BusinessRuleException ({@code shelter-closed}) for a closed shelter;
     *     ({@code presence-checked}) when another officer saved the check of that day meanwhile
     * @throws org.suaka.platform.api.StaleVersionException when the check changed since it was read
     */
    PresenceSheet submit(@NotNull @Valid SubmitPresence command);

    /**
     * @param page which of them
     * @return the persons whose last checks found them absent without a permit three or more times in a row,
     *     the longest streak first
     */
    ResultPage<AbsenceAlert> alerts(@NotNull @Valid PageRequest page);

    /**
     * @param month a month
     * @return the checks of the month in the shelters the caller reads, by shelter then day, each with its
     *     counts per mark and of flagged absences; one GROUP BY
     */
    java.util.List<CheckSummary> month(@NotNull java.time.YearMonth month);
}
