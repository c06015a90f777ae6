package org.suaka.reporting.internal.builtin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;

/**
 * When an office's monthly statistics fall due: from the configured day and time of each month, in the
 * office's own time zone, the previous month is due. Past that moment it stays due (a server that was down
 * at the time issues it when it is back), until the run is claimed.
 *
 * @param day the day of the month, 1 to 28
 * @param time the time of that day, in office time
 */
record MonthlyIssueDue(int day, LocalTime time) {

    MonthlyIssueDue {
        if (day < 1 || day > 28) {
            throw new IllegalArgumentException("suaka.report.monthly.day must be 1 to 28, not " + day);
        }
    }

    /**
     * @param now the instant
     * @param zone the office's time zone
     * @param established the office's first day; no month before it is due
     * @return the month whose statistics are due now, or empty before this month's moment
     */
    Optional<YearMonth> dueMonth(Instant now, ZoneId zone, LocalDate established) {
        LocalDateTime local = LocalDateTime.ofInstant(now, zone);
        YearMonth current = YearMonth.from(local);
        if (local.isBefore(current.atDay(day).atTime(time))) {
            return Optional.empty();
        }
        YearMonth previous = current.minusMonths(1);
        return previous.atEndOfMonth().isBefore(established) ? Optional.empty() : Optional.of(previous);
    }
}
