package org.suaka.platform.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Office clocks for tests: Rudenim Kupang's zone (WITA, UTC+8), stopped at a given local time, or moved
 * by the test.
 */
public final class OfficeClocks {

    /** Kupang's time zone, the demo office's. */
    public static final ZoneId KUPANG = ZoneId.of("Asia/Makassar");

    private OfficeClocks() {
    }

    /**
     * @param localTime a time of day in Kupang, e.g. {@code 2024-09-11T09:00}
     * @return a clock stopped at that time, in Kupang's zone
     */
    public static Clock kupangAt(String localTime) {
        return Clock.fixed(LocalDateTime.parse(localTime).atZone(KUPANG).toInstant(), KUPANG);
    }

    /**
     * @param localTime where the clock starts, a time of day in Kupang
     * @return a clock in Kupang's zone that moves only when the test moves it
     */
    public static Movable movableFrom(String localTime) {
        return new Movable(LocalDateTime.parse(localTime).atZone(KUPANG).toInstant());
    }

    /** A clock in Kupang's zone that stands still until the test moves it forward. */
    public static final class Movable extends Clock {

        private Instant now;

        private Movable(Instant start) {
            this.now = start;
        }

        /** @param time how far to move it */
        public void advance(Duration time) {
            now = now.plus(time);
        }

        @Override
        public ZoneId getZone() {
            return KUPANG;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
