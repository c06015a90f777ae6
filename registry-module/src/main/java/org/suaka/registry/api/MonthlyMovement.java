package org.suaka.registry.api;

import java.time.YearMonth;

/**
 * How many persons came under and left the office's supervision in one month.
 *
 * @param month the month
 * @param arrivals persons whose supervision began in the month
 * @param departures persons whose supervision ended in the month
 */
public record MonthlyMovement(YearMonth month, long arrivals, long departures) {
}
