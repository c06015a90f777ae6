package org.suaka.registry.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.suaka.platform.api.Names;
import org.suaka.platform.api.PlausibleDate;

/**
 * A correction of a registered person's facts (HTTP PATCH): a field left null keeps its value; an empty
 * family name, UNHCR number or case number clears it. The same rules as at registration apply to the
 * result.
 *
 * @param givenName the corrected given name
 * @param familyName the corrected family name, or empty to clear it
 * @param sex the corrected sex
 * @param dateOfBirth the corrected date of birth
 * @param nationality the corrected ISO 3166-1 alpha-3 code, any case
 * @param unhcrNumber the corrected UNHCR individual number, or empty to clear it
 * @param unhcrCaseNumber the corrected UNHCR case number, or empty to clear it
 * @param supervisedFrom the corrected first day of supervision
 * @param version the version of the person the caller read
 */
public record UpdatePerson(
        @Size(min = 1, max = 100) @Pattern(regexp = Names.PERSON, message = "{org.suaka.name.person}") String givenName,
        @Size(max = 100) @Pattern(regexp = "|" + Names.PERSON, message = "{org.suaka.name.person}") String familyName,
        Sex sex,
        @PlausibleDate LocalDate dateOfBirth,
        @Pattern(regexp = "[A-Za-z]{3}", message = "{org.suaka.nationality.format}") String nationality,
        @Pattern(regexp = "|" + UnhcrNumbers.INDIVIDUAL, message = "{org.suaka.unhcr.individual.format}") String unhcrNumber,
        @Pattern(regexp = "|" + UnhcrNumbers.CASE, message = "{org.suaka.unhcr.case.format}") String unhcrCaseNumber,
        @PlausibleDate LocalDate supervisedFrom,
        @NotNull @PositiveOrZero Long version) {
}
