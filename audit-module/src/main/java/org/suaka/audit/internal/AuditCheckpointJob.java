package org.suaka.audit.internal;

import java.time.Clock;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;

import org.suaka.audit.api.AuditCheckpoint;
import org.suaka.audit.api.AuditTrail;
import org.suaka.platform.access.SystemIdentity;
import org.suaka.platform.time.OfficeSchedule;

/**
 * Every night at 00:05 office time, writes the chain's head to the checkpoint file.
 */
@Startup
@Singleton
@DependsOn("AuditSchemaMigration")
public class AuditCheckpointJob {

    private static final Logger LOG = Logger.getLogger(AuditCheckpointJob.class.getName());

    @Inject
    AuditTrail trail;

    @Inject
    Clock clock;

    @Resource
    TimerService timers;

    @PostConstruct
    void schedule() {
        OfficeSchedule.daily(timers, clock, 0, 5, "audit-checkpoint");
    }

    @Timeout
    void nightly() {
        AuditCheckpoint checkpoint = SystemIdentity.runAs("audit-checkpoint", trail::checkpoint);
        LOG.info(() -> "Audit checkpoint written at chain position " + checkpoint.chainSeq());
    }
}
