package org.suaka.registry.internal.domain;

import java.time.LocalDate;

import org.suaka.platform.api.InvalidFieldException;

/**
 * The plausibility rules of a person's facts, the same at registration and at every correction, judged
 * against the office's today: a known nationality, born from 1900 and not in the future, supervised not
 * before birth and not from a day still to come.
 */
public final class PersonRules {

    /** The earliest plausible date of birth or of any event in a person's record. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private PersonRules() {
    }

    /**
     * @param facts the facts as they would be stored
     * @param today the office's today
     * @throws InvalidFieldException naming the first implausible field
     */
    public static void check(PersonFacts facts, LocalDate today) {
        if (!Nationalities.isKnown(facts.nationality())) {
            throw new InvalidFieldException("nationality",
                    "'" + facts.nationality() + "' is not an ISO 3166-1 alpha-3 country code");
        }
        requireDay("dateOfBirth", facts.dateOfBirth(), today);
        requireDay("supervisedFrom", facts.supervisedFrom(), today);
        if (facts.supervisedFrom().isBefore(facts.dateOfBirth())) {
            throw new InvalidFieldException("supervisedFrom", "Supervision cannot begin (" + facts.supervisedFrom()
                    + ") before the person was born (" + facts.dateOfBirth() + ")");
        }
    }

    /**
     * @param field the field's name, for the message
     * @param day a day that must lie between 1900 and the office's today
     * @param today the office's today
     * @throws InvalidFieldException when it does not
     */
    public static void requireDay(String field, LocalDate day, LocalDate today) {
        if (day.isBefore(EARLIEST) || day.isAfter(today)) {
            throw new InvalidFieldException(field, "'" + field + "' must lie between " + EARLIEST + " and today ("
                    + today + "); " + day + " does not");
        }
    }
}
