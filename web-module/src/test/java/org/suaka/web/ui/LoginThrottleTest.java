package org.suaka.web.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private Instant now = Instant.parse("2024-09-11T01:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle();

    LoginThrottleTest() {
        throttle.clock = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneId.of("Asia/Makassar");
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
    }

    @Test
    void refusesANameAfterFiveFailuresUntilTheWindowHasPassed() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            assertTrue(throttle.allows("Officer"));
            throttle.failed("officer ");
        }
        assertFalse(throttle.allows("officer"));
        assertTrue(throttle.allows("viewer"));

        now = now.plus(LoginThrottle.WINDOW).plus(Duration.ofSeconds(1));
        assertTrue(throttle.allows("officer"));
    }

    @Test
    void aSuccessfulSignInClearsTheFailures() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
            throttle.failed("officer");
        }
        throttle.succeeded("officer");
        throttle.failed("officer");
        assertTrue(throttle.allows("officer"));
    }
}
