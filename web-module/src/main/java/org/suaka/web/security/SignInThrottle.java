package org.suaka.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Slows down password guessing, on the login form and on HTTP Basic alike. Failed sign-ins are counted
 * three ways: for the user name from one address, for the user name from anywhere, and for the address
 * whatever the name. Past each count's free allowance, every further failure doubles the wait before the
 * next attempt on that count is even checked, up to the count's ceiling. A refused attempt adds nothing.
 * <p>
 * There is no hard lock: the longest a stranger elsewhere can hold up a user is {@link #ANY_ADDRESS}'s
 * ceiling of 30 seconds, and a correct sign-in outside a wait is answered at once and clears the counts
 * for its name and address. Counts are forgotten after {@link #MEMORY} without failures. Kept in memory
 * of one server: a restart clears it.
 */
@ApplicationScoped
public class SignInThrottle {

    /** How long a count is remembered after its last failure. */
    static final Duration MEMORY = Duration.ofMinutes(15);

    /** One user name from one address: three free tries, then up to 15 minutes between tries. */
    static final Rule NAME_AT_ADDRESS = new Rule(3, Duration.ofMinutes(15));
    /** One user name from any address: guesses spread over many addresses, with a short ceiling. */
    static final Rule ANY_ADDRESS = new Rule(10, Duration.ofSeconds(30));
    /** One address, any name: one client trying many names. */
    static final Rule ADDRESS = new Rule(20, Duration.ofMinutes(15));

    /** Past this many counts, the forgotten ones are dropped before a new one is added. */
    static final int MAX_COUNTS = 10_000;

    private final Map<String, Count> counts = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    /**
     * @param userName the name being signed in with
     * @param address the client's address
     * @return how long the client must still wait before this attempt may be checked; empty when it may
     *         be checked now
     */
    public Optional<Duration> retryAfter(String userName, String address) {
        Instant now = clock.instant();
        Duration longest = Duration.ZERO;
        for (Keyed keyed : keys(userName, address)) {
            Count count = counts.get(keyed.key());
            if (count != null) {
                Duration left = count.waitLeft(keyed.rule(), now);
                longest = left.compareTo(longest) > 0 ? left : longest;
            }
        }
        return longest.isZero() ? Optional.empty() : Optional.of(longest);
    }

    /**
     * @param userName a name whose password was wrong (or that does not exist)
     * @param address the client's address
     */
    public void failed(String userName, String address) {
        Instant now = clock.instant();
        if (counts.size() > MAX_COUNTS) {
            counts.values().removeIf(count -> count.forgotten(now));
        }
        for (Keyed keyed : keys(userName, address)) {
            counts.compute(keyed.key(), (key, count) -> count == null || count.forgotten(now)
                    ? new Count(1, now) : count.plusOne(now));
        }
    }

    /**
     * @param userName a name that signed in
     * @param address the client's address
     */
    public void succeeded(String userName, String address) {
        keys(userName, address).forEach(keyed -> counts.remove(keyed.key()));
    }

    private static List<Keyed> keys(String userName, String address) {
        String name = userName == null ? "" : userName.strip().toLowerCase(Locale.ROOT);
        String from = address == null ? "" : address;
        return List.of(new Keyed("name-at:" + name + "@" + from, NAME_AT_ADDRESS),
                new Keyed("name:" + name, ANY_ADDRESS), new Keyed("address:" + from, ADDRESS));
    }

    /**
     * @param freeFailures failures allowed before the first wait
     * @param ceiling the longest wait
     */
    record Rule(int freeFailures, Duration ceiling) {

        Duration waitAfter(int failures) {
            int beyond = failures - freeFailures;
            if (beyond <= 0) {
                return Duration.ZERO;
            }
            Duration wait = Duration.ofSeconds(1L << Math.min(beyond - 1, 20));
            return wait.compareTo(ceiling) > 0 ? ceiling : wait;
        }
    }

    private record Keyed(String key, Rule rule) {
    }

    private record Count(int failures, Instant last) {

        Count plusOne(Instant now) {
            return new Count(failures + 1, now);
        }

        boolean forgotten(Instant now) {
            return last.plus(MEMORY).isBefore(now);
        }

        Duration waitLeft(Rule rule, Instant now) {
            if (forgotten(now)) {
                return Duration.ZERO;
            }
            Duration left = Duration.between(now, last.plus(rule.waitAfter(failures)));
            return left.isNegative() ? Duration.ZERO : left;
        }
    }
}
