package org.suaka.registry.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A registered person who may be the same as the one asked about.
 *
 * @param personId the registered person
 * @param givenName their given name
 * @param familyName their family name, if any
 * @param dateOfBirth their date of birth
 * @param nationality their nationality (ISO 3166 alpha-3)
 * @param score how alike the two are, 0 to 100; {@link #PROBABLE} and above is a probable duplicate
 * @param reasons what matched: {@code NAME}, {@code DATE_OF_BIRTH}, {@code YEAR_OF_BIRTH}, {@code NATIONALITY},
 *     {@code UNHCR_NUMBER}
 */
public record DuplicateCandidate(PersonId personId, String givenName, String familyName, LocalDate dateOfBirth,
        String nationality, int score, List<String> reasons) {

    /** The score from which a candidate is a probable duplicate. */
    public static final int PROBABLE = 75;

    public DuplicateCandidate {
        reasons = List.copyOf(reasons);
    }
}
