package org.suaka.registry.internal.application;

import java.time.Clock;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;

import org.suaka.platform.access.SystemIdentity;
import org.suaka.platform.time.OfficeSchedule;
import org.suaka.registry.api.RetentionService;

/**
 * Every night at 02:15 office time, anonymises the cases whose retention period is over, as the system
 * job {@code retention}.
 */
@Startup
@Singleton
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());

    @Inject
    RetentionService retention;

    @Inject
    Clock clock;

    @Resource
    TimerService timers;

    @PostConstruct
    void schedule() {
        OfficeSchedule.daily(timers, clock, 2, 15, "retention");
    }

    @Timeout
    void nightly() {
        RetentionService.RetentionRun run = SystemIdentity.runAs("retention", retention::anonymiseExpired);
        LOG.info(() -> "Retention: anonymised " + run.anonymised() + " cases closed before " + run.closedBefore());
    }
}
