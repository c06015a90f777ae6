package org.suaka.registry.api;

import java.time.LocalDate;

/**
 * What checking a card number tells: its state today and its dates, and the office that issued it; nothing
 * about the holder, whom the card itself shows.
 *
 * @param number the number checked
 * @param state its state today
 * @param issuedOn the day of issue
 * @param validUntil the last day of validity
 * @param revokedOn the day it was revoked, or null
 * @param office the name of the office that issued it
 */
public record CardCheck(String number, CardState state, LocalDate issuedOn, LocalDate validUntil, LocalDate revokedOn,
        String office) {
}
