package org.suaka.registry.internal.domain;

import java.time.LocalDate;

import org.suaka.registry.api.RegisterPerson;
import org.suaka.registry.api.Sex;

/**
 * The facts a {@link Person} is created from, with defaults already applied.
 *
 * @param givenName the given name
 * @param familyName the family name, or blank
 * @param sex the recorded sex
 * @param dateOfBirth the date of birth
 * @param nationality the ISO 3166-1 alpha-3 code
 * @param unhcrNumber the UNHCR individual number, or blank
 * @param unhcrCaseNumber the UNHCR case number, or blank
 * @param supervisedFrom the first day of supervision
 */
public record PersonFacts(String givenName, String familyName, Sex sex, LocalDate dateOfBirth, String nationality,
        String unhcrNumber, String unhcrCaseNumber, LocalDate supervisedFrom) {

    /**
     * @param command the validated registration command
     * @param today the day to use when the command names no start of supervision
     * @return the facts, with supervision starting today by default
     */
    public static PersonFacts of(RegisterPerson command, LocalDate today) {
        LocalDate from = command.supervisedFrom() == null ? today : command.supervisedFrom();
        return new PersonFacts(command.givenName(), command.familyName(), command.sex(), command.dateOfBirth(),
                command.nationality(), command.unhcrNumber(), command.unhcrCaseNumber(), from);
    }
}
