package org.suaka.registry.internal.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.suaka.registry.api.DuplicateCandidate;
import org.suaka.registry.api.PersonView;

/**
 * How alike two persons are: the share of name keys they have in common (up to 60 points), the date of
 * birth (25 when equal, 15 within a year, 8 within the tolerance), the nationality (15), and an equal UNHCR
 * individual number, which alone makes them the same person (100).
 */
public final class DuplicateScore {

    /** How many years apart two dates of birth may be and still make a candidate. */
    public static final int YEARS_TOLERANCE = 2;
    /** The lowest score listed as a candidate. */
    public static final int LISTED = 50;

    private DuplicateScore() {
    }

    /**
     * @param wanted the person asked about
     * @param mine the name keys of the person asked about ({@link NameKeys#of}), computed once for all candidates
     * @param other a registered person
     * @return the candidate with its score and reasons, or null when the two are not alike enough to list
     */
    public static DuplicateCandidate of(PersonFacts wanted, Set<String> mine, PersonView other) {
        List<String> reasons = new ArrayList<>();
        int score = 0;
        if (wanted.unhcrNumber() != null && wanted.unhcrNumber().equalsIgnoreCase(String.valueOf(other.unhcrNumber()))) {
            reasons.add("UNHCR_NUMBER");
            score = 100;
        }
        Set<String> theirs = NameKeys.of(other.givenName(), other.familyName());
        Set<String> shared = new HashSet<>(mine);
        shared.retainAll(theirs);
        if (!shared.isEmpty()) {
            reasons.add("NAME");
            score += 60 * shared.size() / Math.max(mine.size(), theirs.size());
        }
        long days = Math.abs(ChronoUnit.DAYS.between(wanted.dateOfBirth(), other.dateOfBirth()));
        if (days == 0) {
            reasons.add("DATE_OF_BIRTH");
            score += 25;
        } else if (days <= 366) {
            reasons.add("YEAR_OF_BIRTH");
            score += 15;
        } else if (days <= 366L * YEARS_TOLERANCE) {
            score += 8;
        }
        if (wanted.nationality() != null && wanted.nationality().equals(other.nationality())) {
            reasons.add("NATIONALITY");
            score += 15;
        }
        score = Math.min(100, score);
        return score < LISTED ? null : new DuplicateCandidate(other.id(), other.givenName(), other.familyName(),
                other.dateOfBirth(), other.nationality(), score, reasons);
    }

    /**
     * @param dateOfBirth a date of birth
     * @return the years of birth a candidate may have
     */
    public static int[] yearsAround(LocalDate dateOfBirth) {
        return new int[] {dateOfBirth.getYear() - YEARS_TOLERANCE, dateOfBirth.getYear() + YEARS_TOLERANCE};
    }
}
