package org.suaka.reporting.internal.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The monthly statistics fall due at 07:00 office time on the 1st, and stay due while the server was down. */
class MonthlyIssueDueTest {

    private static final ZoneId KUPANG = ZoneId.of("Asia/Makassar");
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final LocalDate ESTABLISHED = LocalDate.of(2000, 1, 1);
    private static final MonthlyIssueDue FIRST_AT_SEVEN = new MonthlyIssueDue(1, LocalTime.of(7, 0));

    @Test
    void dueFromSevenOnTheFirstInTheOfficesZone() {
        // 1 November 2024, 06:59 in Kupang (22:59 UTC the day before): not yet
        assertEquals(Optional.empty(), FIRST_AT_SEVEN.dueMonth(Instant.parse("2024-10-31T22:59:00Z"), KUPANG, ESTABLISHED));
        assertEquals(Optional.of(YearMonth.of(2024, 10)),
                FIRST_AT_SEVEN.dueMonth(Instant.parse("2024-10-31T23:00:00Z"), KUPANG, ESTABLISHED));
        // the same instant is 06:00 in Jakarta, an hour behind
        assertEquals(Optional.empty(), FIRST_AT_SEVEN.dueMonth(Instant.parse("2024-10-31T23:00:00Z"), JAKARTA, ESTABLISHED));
    }

    @Test
    void stillDueDaysLaterWhenTheServerWasDown() {
        assertEquals(Optional.of(YearMonth.of(2024, 10)),
                FIRST_AT_SEVEN.dueMonth(Instant.parse("2024-11-20T03:00:00Z"), KUPANG, ESTABLISHED));
    }

    @Test
    void januaryIssuesDecemberOfTheYearBefore() {
        assertEquals(Optional.of(YearMonth.of(2024, 12)),
                FIRST_AT_SEVEN.dueMonth(Instant.parse("2025-01-01T00:00:00Z"), KUPANG, ESTABLISHED));
    }

    @Test
    void noMonthBeforeTheOfficeExisted() {
        assertEquals(Optional.empty(), FIRST_AT_SEVEN.dueMonth(Instant.parse("2024-11-02T00:00:00Z"), KUPANG,
                LocalDate.of(2024, 11, 1)));
    }

    @Test
    void aDayThatSomeMonthsLackIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new MonthlyIssueDue(31, LocalTime.of(7, 0)));
    }
}
