package org.suaka.registry.api;

import java.time.LocalDate;

/**
 * A recorded consent.
 *
 * @param personId whose consent
 * @param topic to what
 * @param givenOn when
 * @param language in which language it was explained
 * @param interpreter through whom, or null
 */
public record ConsentView(PersonId personId, String topic, LocalDate givenOn, String language, String interpreter) {
}
