package org.suaka.platform.access;

import java.util.Optional;
import java.util.Set;

import org.suaka.platform.api.ThreadBound;

/**
 * The roles of the user a request is for, as the web container answered at the request's boundary. A
 * service deep inside a call chain asks here rather than the container, which on some servers answers
 * only for the component that received the request.
 */
public final class CallerRoles {

    private static final ThreadBound<Set<String>> CURRENT = new ThreadBound<>();

    private CallerRoles() {
    }

    /** @return the roles bound to this thread's request, or empty outside a request */
    public static Optional<Set<String>> current() {
        return CURRENT.get();
    }

    /**
     * @param roles the roles the container gave the request's user
     * @return a scope to close when the request is done
     */
    public static ThreadBound.Scope bind(Set<String> roles) {
        return CURRENT.bind(Set.copyOf(roles));
    }
}
