package org.suaka.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.suaka.platform.testing.OfficeClocks;

class SignInThrottleTest {

    private static final String KUPANG_OFFICE = "10.22.0.15";
    private static final String STRANGER = "203.0.113.9";

    private final OfficeClocks.Movable clock = OfficeClocks.movableFrom("2024-09-11T09:00");
    private final SignInThrottle throttle = new SignInThrottle();

    SignInThrottleTest() {
        throttle.clock = clock;
    }

    @Test
    void threeFreeTriesThenTheWaitDoublesWithEachFailure() {
        for (int i = 0; i < 3; i++) {
            assertEquals(Optional.empty(), throttle.retryAfter("Officer", STRANGER));
            throttle.failed("officer ", STRANGER);
        }
        assertEquals(Optional.empty(), throttle.retryAfter("officer", STRANGER));
        throttle.failed("officer", STRANGER);
        assertEquals(Optional.of(Duration.ofSeconds(1)), throttle.retryAfter("officer", STRANGER));

        clock.advance(Duration.ofSeconds(1));
        throttle.failed("officer", STRANGER);
        assertEquals(Optional.of(Duration.ofSeconds(2)), throttle.retryAfter("officer", STRANGER));
        clock.advance(Duration.ofSeconds(2));
        throttle.failed("officer", STRANGER);
        assertEquals(Optional.of(Duration.ofSeconds(4)), throttle.retryAfter("officer", STRANGER));
    }

    @Test
    void theWaitStopsAtTheCeilingAndIsForgottenAfterQuietTime() {
        for (int i = 0; i < 40; i++) {
            throttle.failed("supervisor", STRANGER);
        }
        assertEquals(Optional.of(SignInThrottle.NAME_AT_ADDRESS.ceiling()), throttle.retryAfter("supervisor", STRANGER));

        clock.advance(SignInThrottle.MEMORY.plusSeconds(1));
        assertEquals(Optional.empty(), throttle.retryAfter("supervisor", STRANGER));
    }

    @Test
    void aStrangerCannotLockTheRealUserOutForLongerThanHalfAMinute() {
        for (int i = 0; i < 60; i++) {
            throttle.failed("officer", STRANGER);
        }
        Optional<Duration> atTheOffice = throttle.retryAfter("officer", KUPANG_OFFICE);
        assertTrue(atTheOffice.isPresent());
        assertTrue(atTheOffice.get().compareTo(Duration.ofSeconds(30)) <= 0, atTheOffice.toString());

        clock.advance(Duration.ofSeconds(30));
        assertEquals(Optional.empty(), throttle.retryAfter("officer", KUPANG_OFFICE));
        assertTrue(throttle.retryAfter("officer", STRANGER).isPresent(), "the stranger still waits");
    }

    @Test
    void oneAddressTryingManyNamesIsSlowedForEveryName() {
        for (int i = 0; i < 21; i++) {
            throttle.failed("pengguna" + i, STRANGER);
        }
        assertTrue(throttle.retryAfter("nama-baru", STRANGER).isPresent());
        assertEquals(Optional.empty(), throttle.retryAfter("nama-baru", KUPANG_OFFICE));
    }

    @Test
    void aCorrectSignInClearsItsNameAndAddress() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("viewer", KUPANG_OFFICE);
        }
        clock.advance(Duration.ofSeconds(60));
        throttle.succeeded("viewer", KUPANG_OFFICE);
        throttle.failed("viewer", KUPANG_OFFICE);
        assertEquals(Optional.empty(), throttle.retryAfter("viewer", KUPANG_OFFICE));
    }
}
