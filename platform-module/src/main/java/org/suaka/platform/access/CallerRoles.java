package org.suaka.platform.access;

import java.util.Optional;
import java.util.Set;

/**
 * The roles of the user a request is for, as the web container answered at the request's boundary. A
 * service deep inside a call chain asks here rather than the container, which on some servers answers
 * only for the component that received the request.
 */
public final class CallerRoles {

    private static final ThreadLocal<Set<String>> CURRENT = new ThreadLocal<>();

    private CallerRoles() {
    }

    /** @return the roles bound to this thread's request, or empty outside a request */
    public static Optional<Set<String>> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /**
     * @param roles the roles the container gave the request's user
     * @return a scope to close when the request is done
     */
    public static Scope bind(Set<String> roles) {
        Set<String> previous = CURRENT.get();
        CURRENT.set(Set.copyOf(roles));
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        };
    }

    /** The time a request's roles are bound to a thread. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
