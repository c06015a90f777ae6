package org.suaka.registry.internal.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;

import org.suaka.platform.access.SystemIdentity;
import org.suaka.platform.time.DailyRuns;
import org.suaka.platform.time.OfficeSchedule;
import org.suaka.registry.api.RetentionService;

/**
 * Every night at 02:15 office time, anonymises the cases whose retention period is over, as the system
 * job {@code retention}.
 */
@Startup
@Singleton
public class RetentionJob {

    /** The system job's name, as the audit trail shows it ({@code system:retention}). */
    static final String JOB = "retention";

    private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());

    @Inject
    RetentionService retention;

    @Inject
    Clock clock;

    @Inject
    DailyRuns runs;

    @Resource
    TimerService timers;

    @PostConstruct
    void schedule() {
        OfficeSchedule.daily(timers, clock, 2, 15, JOB);
    }

    @Timeout
    void nightly() {
        if (!runs.claim(JOB, LocalDate.now(clock))) {
            return;
        }
        RetentionService.RetentionRun run = SystemIdentity.runAs(JOB, retention::anonymiseExpired);
        LOG.info(() -> "Retention: anonymised " + run.anonymised() + " cases closed before " + run.closedBefore());
    }
}
