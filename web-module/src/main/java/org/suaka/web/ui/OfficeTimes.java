package org.suaka.web.ui;

import java.time.Clock;
import java.time.Instant;

/** Moments as the office reads them on a page: its own zone, to the second, {@code 2026-11-29 01:30:00}. */
final class OfficeTimes {

    private OfficeTimes() {
    }

    /**
     * @param moment an instant
     * @param officeClock the office's clock, for its zone
     * @return the office's local date and time of the instant
     */
    static String of(Instant moment, Clock officeClock) {
        return moment.atZone(officeClock.getZone()).toLocalDateTime().withNano(0).toString().replace('T', ' ');
    }
}
