package org.suaka.shelter.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The presence check of a shelter on a day: the persons expected there (from the placements), each with
 * their mark.
 *
 * @param checkId the check, or null while it has not been taken
 * @param shelterId the shelter
 * @param shelterName its name
 * @param day the day
 * @param takenBy who submitted it last, or null
 * @param lines one per expected person
 * @param version the version to send with a correction, or null while it has not been taken
 */
public record PresenceSheet(UUID checkId, ShelterId shelterId, String shelterName, LocalDate day, String takenBy,
        List<PresenceLine> lines, Long version) {
}
