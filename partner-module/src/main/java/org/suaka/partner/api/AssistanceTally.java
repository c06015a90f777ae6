package org.suaka.partner.api;

import java.time.YearMonth;

/**
 * The assistance one partner gave of one kind for one month, voided records left out.
 *
 * @param month the month
 * @param organisationName the partner's name
 * @param kind what was given
 * @param records how many records
 * @param personsCovered how many persons they cover
 * @param amount their amount in rupiah
 */
public record AssistanceTally(YearMonth month, String organisationName, AssistanceKind kind, long records, long personsCovered,
        long amount) {
}
