package org.suaka.web.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Limits how often one address may ask the public verification page: at most {@value #CHECKS} checks in
 * ten minutes, so that nobody walks the space of codes. What it remembers is bounded.
 */
@ApplicationScoped
public class VerificationThrottle {

    static final int CHECKS = 30;
    private static final Duration WINDOW = Duration.ofMinutes(10);
    private static final int MAX_ADDRESSES = 10_000;

    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    /**
     * @param address the client's address
     * @return whether it may check once more now; a check allowed is counted
     */
    public boolean allow(String address) {
        Instant now = clock.instant();
        if (recent.size() > MAX_ADDRESSES) {
            recent.entrySet().removeIf(e -> e.getValue().isEmpty() || e.getValue().peekLast().isBefore(now.minus(WINDOW)));
        }
        Deque<Instant> times = recent.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
                times.pollFirst();
            }
            if (times.size() >= CHECKS) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}
