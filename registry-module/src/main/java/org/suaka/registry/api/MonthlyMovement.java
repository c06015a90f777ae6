package org.suaka.registry.api;

import java.time.YearMonth;

/**
 * How many persons came under and left the supervision of the offices read in one month. Transfers between
 * offices are counted apart from arrivals and departures: for one office they are movements in and out,
 * for the country as a whole they cancel out.
 *
 * @param month the month
 * @param arrivals persons whose supervision began in the month, not by a transfer
 * @param departures persons whose supervision ended in the month, not by a transfer
 * @param transfersIn persons handed over by another office in the month
 * @param transfersOut persons handed over to another office in the month
 */
public record MonthlyMovement(YearMonth month, long arrivals, long departures, long transfersIn,
        long transfersOut) {
}
