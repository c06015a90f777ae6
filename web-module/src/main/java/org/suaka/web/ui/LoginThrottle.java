package org.suaka.web.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Slows down password guessing on the login page: after {@value #MAX_FAILURES} failed sign-ins for one
 * user name within {@link #WINDOW}, further attempts for that name are refused until the window has
 * passed, whatever password they carry. Kept in memory: a restart clears it.
 */
@ApplicationScoped
public class LoginThrottle {

    /** Failed attempts allowed within the window. */
    static final int MAX_FAILURES = 5;
    /** How long failures are remembered. */
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    /**
     * @param userName the name being signed in with
     * @return whether an attempt for it may be made now
     */
    public boolean allows(String userName) {
        Deque<Instant> recent = failures.get(key(userName));
        if (recent == null) {
            return true;
        }
        synchronized (recent) {
            forgetOld(recent);
            return recent.size() < MAX_FAILURES;
        }
    }

    /** @param userName a name whose sign-in failed */
    public void failed(String userName) {
        Deque<Instant> recent = failures.computeIfAbsent(key(userName), k -> new ArrayDeque<>());
        synchronized (recent) {
            forgetOld(recent);
            recent.addLast(clock.instant());
        }
    }

    /** @param userName a name that signed in successfully */
    public void succeeded(String userName) {
        failures.remove(key(userName));
    }

    private void forgetOld(Deque<Instant> recent) {
        Instant horizon = clock.instant().minus(WINDOW);
        while (!recent.isEmpty() && recent.peekFirst().isBefore(horizon)) {
            recent.removeFirst();
        }
    }

    private static String key(String userName) {
        return userName == null ? "" : userName.strip().toLowerCase(Locale.ROOT);
    }
}
