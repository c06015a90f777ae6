package org.suaka.registry.internal.domain;

import java.time.LocalDate;
import java.util.Locale;

import org.suaka.registry.api.PersonView;
import org.suaka.registry.api.RegisterPerson;
import org.suaka.registry.api.Sex;
import org.suaka.registry.api.UpdatePerson;

/**
 * The facts a {@link Person} holds, with defaults applied and the nationality in upper case, as the
 * registry decides (not the form).
 *
 * @param givenName the given name
 * @param familyName the family name, or blank
 * @param sex the recorded sex
 * @param dateOfBirth the date of birth
 * @param nationality the ISO 3166-1 alpha-3 code, upper case
 * @param unhcrNumber the UNHCR individual number, or blank
 * @param unhcrCaseNumber the UNHCR case number, or blank
 * @param supervisedFrom the first day of supervision
 */
public record PersonFacts(String givenName, String familyName, Sex sex, LocalDate dateOfBirth, String nationality,
        String unhcrNumber, String unhcrCaseNumber, LocalDate supervisedFrom) {

    public PersonFacts {
        nationality = nationality == null ? null : nationality.strip().toUpperCase(Locale.ROOT);
    }

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

    /**
     * @param current the person as stored
     * @param correction the fields to change; null fields keep their value
     * @return the facts after the correction
     */
    public static PersonFacts corrected(PersonView current, UpdatePerson correction) {
        return new PersonFacts(
                pick(correction.givenName(), current.givenName()),
                pick(correction.familyName(), current.familyName()),
                pick(correction.sex(), current.sex()),
                pick(correction.dateOfBirth(), current.dateOfBirth()),
                pick(correction.nationality(), current.nationality()),
                pick(correction.unhcrNumber(), current.unhcrNumber()),
                pick(correction.unhcrCaseNumber(), current.unhcrCaseNumber()),
                pick(correction.supervisedFrom(), current.supervisedFrom()));
    }

    private static <T> T pick(T changed, T current) {
        return changed == null ? current : changed;
    }
}
