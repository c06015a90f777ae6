package org.suaka.platform.office;

import java.util.Optional;

import org.suaka.platform.api.ThreadBound;

/**
 * The one office a national reader picked to look at, or the office a system job acts for, bound to the
 * thread for the time a request or a job runs. An officer's own office always wins over it.
 */
public final class OfficeSelection {

    private static final ThreadBound<OfficeId> CURRENT = new ThreadBound<>();

    private OfficeSelection() {
    }

    /** @return the office picked for this thread's request or job, if any */
    public static Optional<OfficeId> current() {
        return CURRENT.get();
    }

    /**
     * @param office the office to look at or act for
     * @return a scope to close when the request or job is done
     */
    public static ThreadBound.Scope bind(OfficeId office) {
        return CURRENT.bind(office);
    }
}
