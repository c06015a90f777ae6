package org.suaka.registry.api;

import java.time.LocalDate;

/**
 * A recorded consent.
 *
 * @param id the consent's id
 * @param personId whose consent
 * @param topic to what
 * @param givenOn when
 * @param language in which language it was explained
 * @param interpreter through whom, or null
 * @param version the optimistic-lock version
 */
public record ConsentView(ConsentId id, PersonId personId, String topic, LocalDate givenOn, String language,
        String interpreter, long version) {
}
