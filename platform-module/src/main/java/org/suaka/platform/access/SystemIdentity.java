package org.suaka.platform.access;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The identity under which the office's own jobs (the nightly retention, the demo data loader, the audit
 * checkpoint) call services when no user is signed in. A job names itself; the audit trail shows it as
 * {@code system:<name>}. A call with neither a signed-in user nor a job's name is refused.
 */
public final class SystemIdentity {

    /** The prefix of a job's name on the audit trail. */
    public static final String PREFIX = "system:";

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private SystemIdentity() {
    }

    /**
     * Runs work as a named system job on this thread.
     *
     * @param job the job's name, e.g. {@code retention}
     * @param work what the job does
     * @param <T> what the work returns
     * @return what the work returned
     */
    public static <T> T runAs(String job, Supplier<T> work) {
        Objects.requireNonNull(job, "job");
        String previous = CURRENT.get();
        CURRENT.set(PREFIX + job);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** @return the name of the system job this thread runs, as {@code system:<name>}, if any */
    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }
}
