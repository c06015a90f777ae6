package org.suaka.registry.api;

import java.time.LocalDate;

/**
 * A registered person as other modules and the web layer see them.
 *
 * @param id the person's id
 * @param givenName the given name
 * @param familyName the family name, possibly empty
 * @param sex the recorded sex
 * @param dateOfBirth the date of birth
 * @param nationality the ISO 3166-1 alpha-3 code
 * @param unhcrNumber the UNHCR individual number, or null
 * @param unhcrCaseNumber the UNHCR case number, or null
 * @param supervisedFrom the first day of supervision
 * @param supervisedUntil the day supervision ended, or null while it goes on
 * @param version the optimistic-lock version, to send back with an update
 */
public record PersonView(
        PersonId id,
        String givenName,
        String familyName,
        Sex sex,
        LocalDate dateOfBirth,
        String nationality,
        String unhcrNumber,
        String unhcrCaseNumber,
        LocalDate supervisedFrom,
        LocalDate supervisedUntil,
        long version) {

    /** @return the name as it is printed on reports: given name, then family name when there is one */
    public String fullName() {
        return familyName == null || familyName.isBlank() ? givenName : givenName + " " + familyName;
    }
}
