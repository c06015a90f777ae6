package org.suaka.shelter.api;

import java.time.LocalDate;

import org.suaka.registry.api.PersonId;

/**
 * A person whose last presence checks found them absent without a permit three times or more in a row.
 *
 * @param personId the person
 * @param shelterId where they are placed
 * @param shelterName its name
 * @param lastCheck the day of the last check
 * @param absentStreak how many checks in a row found them absent
 */
public record AbsenceAlert(PersonId personId, ShelterId shelterId, String shelterName, LocalDate lastCheck,
        int absentStreak) {
}
