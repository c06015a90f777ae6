package org.suaka.operations.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.suaka.operations.api.Backup;
import org.suaka.platform.access.SystemIdentity;
import org.suaka.platform.api.BusinessRuleException;
import org.suaka.platform.time.DailyRuns;
import org.suaka.platform.time.OfficeSchedule;

/**
 * Every night at 01:30 office time, takes an online backup of the embedded database and keeps the newest
 * {@code suaka.backup.keep} (default 7). A server on PostgreSQL is backed up with pg_dump instead, so the
 * job only notes that it has nothing to do there.
 */
@Startup
@Singleton
public class NightlyBackup {

    /** The system job's name, as the audit trail shows it ({@code system:nightly-backup}). */
    static final String JOB = "nightly-backup";

    private static final Logger LOG = Logger.getLogger(NightlyBackup.class.getName());

    @Inject
    DerbyOnlineBackup backups;

    @Inject
    Clock clock;

    @Inject
    DailyRuns runs;

    @Inject
    @ConfigProperty(name = "suaka.backup.keep", defaultValue = "7")
    int keep;

    @Resource
    TimerService timers;

    @PostConstruct
    void schedule() {
        OfficeSchedule.daily(timers, clock, 1, 30, JOB);
    }

    @Timeout
    void nightly() {
        if (!runs.claim(JOB, LocalDate.now(clock))) {
            return;
        }
        try {
            Backup backup = SystemIdentity.runAs(JOB, backups::take);
            LOG.info(() -> "Nightly backup " + backup.name() + " taken, " + backup.bytes() + " bytes");
            backups.keepNewest(keep);
        } catch (BusinessRuleException e) {
            LOG.info(() -> "No nightly backup: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The nightly backup failed", e);
        }
    }
}
