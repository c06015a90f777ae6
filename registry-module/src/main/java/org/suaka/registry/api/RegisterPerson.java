package org.suaka.registry.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.suaka.platform.api.Names;
import org.suaka.platform.api.PlausibleDate;

/**
 * The facts needed to put a foreign refugee under the office's supervision.
 *
 * @param givenName the given name as written in the person's documents: letters of any script, spaces,
 *     apostrophes, hyphens and dots
 * @param familyName the family name; many Afghan refugees have none, so it may be empty
 * @param sex the recorded sex
 * @param dateOfBirth the date of birth: from 1900 and not after today in the office
 * @param nationality the ISO 3166-1 alpha-3 code, e.g. {@code AFG} or {@code PAK}, in any case; {@code XXA} for stateless
 * @param unhcrNumber the UNHCR individual number, e.g. {@code 386-00123456}; empty while not registered with UNHCR
 * @param unhcrCaseNumber the UNHCR case number shared by a family, e.g. {@code 386-24C00012}; optional
 * @param supervisedFrom the first day of supervision by this office, not before birth nor after today; today
 *     when empty
 */
public record RegisterPerson(
        @NotBlank @Size(max = 100) @Pattern(regexp = Names.PERSON, message = "{org.suaka.name.person}") String givenName,
        @Size(max = 100) @Pattern(regexp = Names.PERSON, message = "{org.suaka.name.person}") String familyName,
        @NotNull Sex sex,
        @NotNull @PlausibleDate LocalDate dateOfBirth,
        @NotNull @Pattern(regexp = "[A-Za-z]{3}", message = "{org.suaka.nationality.format}") String nationality,
        @Pattern(regexp = UnhcrNumbers.INDIVIDUAL, message = "{org.suaka.unhcr.individual.format}") String unhcrNumber,
        @Pattern(regexp = UnhcrNumbers.CASE, message = "{org.suaka.unhcr.case.format}") String unhcrCaseNumber,
        @PlausibleDate LocalDate supervisedFrom) {
}
