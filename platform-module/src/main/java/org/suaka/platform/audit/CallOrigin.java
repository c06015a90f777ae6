package org.suaka.platform.audit;

import org.suaka.platform.api.ThreadBound;

/**
 * Where a service call came from, set by the web layer for each request (and by jobs for themselves)
 * and read by the audit recorder. Bound to the thread that serves the request.
 *
 * @param channel {@code api}, {@code ui}, {@code job} or {@code unknown}
 * @param address the client's address, or null
 * @param purpose why, as the user stated it (the {@code X-Suaka-Purpose} header); may be null
 * @param request the request line or job name, for the reader of the trail
 */
public record CallOrigin(String channel, String address, String purpose, String request) {

    /** The origin of a call made outside any request or job. */
    public static final CallOrigin UNKNOWN = new CallOrigin("unknown", null, null, null);

    private static final ThreadBound<CallOrigin> CURRENT = new ThreadBound<>();

    /** @return the origin of the call this thread serves now */
    public static CallOrigin current() {
        return CURRENT.get().orElse(UNKNOWN);
    }

    /**
     * Binds an origin to this thread until the returned scope is closed.
     *
     * @param origin where the calls made now come from
     * @return a scope to close when the request or job is done
     */
    public static ThreadBound.Scope bind(CallOrigin origin) {
        return CURRENT.bind(origin);
    }
}
