package org.suaka.registry.api;

import java.time.LocalDate;

/**
 * Where a person under supervision stands with their self-report of a month.
 *
 * @param person the person, as the caller may see them
 * @param lastReportedOn the day of their last self-report in the month, or null when they have not reported
 */
public record SelfReportStanding(PersonView person, LocalDate lastReportedOn) {

    /** @return whether the person has not reported in the month */
    public boolean overdue() {
        return lastReportedOn == null;
    }
}
