package org.suaka.platform.time;

import java.time.LocalDate;

/**
 * Lets a nightly job run once per office day across every node of an installation. Each node schedules
 * the job ({@link OfficeSchedule}); when its timer fires, the job claims the day first and does nothing
 * when another node has claimed it. The claim is a row in the shared database, so it holds across nodes
 * and restarts. Implemented by the operations module.
 */
public interface DailyRuns {

    /**
     * @param job the job's name, e.g. {@code retention}
     * @param officeDay the office day the run is for
     * @return true when this call claimed the run, false when it was claimed before (by any node)
     */
    boolean claim(String job, LocalDate officeDay);
}
