package org.suaka.shelter.api;

import java.time.LocalDate;

/**
 * One presence check, counted.
 *
 * @param shelterName the shelter checked
 * @param day the day
 * @param expected the persons expected
 * @param present those present
 * @param absent those absent
 * @param onLeave those on an exit permit
 * @param inHospital those in hospital
 * @param flagged the absences without a permit
 */
public record CheckSummary(String shelterName, LocalDate day, long expected, long present, long absent, long onLeave,
        long inHospital, long flagged) {
}
