package org.suaka.registry.api;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A special refugee ID card as issued.
 *
 * @param id the card's id
 * @param personId its holder
 * @param number the number printed on it
 * @param issuedOn the day of issue
 * @param validUntil the last day of validity
 * @param revokedOn the day it was revoked, or null
 * @param revocation why it was revoked ({@code REISSUED}, {@code DEPARTED}), or null
 * @param state its state today
 */
public record IdCardView(UUID id, PersonId personId, String number, LocalDate issuedOn, LocalDate validUntil,
        LocalDate revokedOn, String revocation, CardState state) {
}
