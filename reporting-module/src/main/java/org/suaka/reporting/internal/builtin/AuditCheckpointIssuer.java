package org.suaka.reporting.internal.builtin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;

import org.suaka.platform.access.SystemIdentity;
import org.suaka.platform.api.SuakaException;
import org.suaka.platform.time.DailyRuns;
import org.suaka.platform.time.OfficeSchedule;
import org.suaka.reporting.api.IssuedReport;
import org.suaka.reporting.api.ReportRequest;
import org.suaka.reporting.api.ReportService;

/**
 * Every night at 00:15 office time, after the audit module has written the day's checkpoint (00:05),
 * issues it as an official PDF, numbered and archived like any report, so that it can be printed, signed
 * and verified later by whoever holds it.
 */
@Startup
@Singleton
public class AuditCheckpointIssuer {

    /** The system job's name, as the audit trail shows it ({@code system:audit-checkpoint-pdf}). */
    static final String JOB = "audit-checkpoint-pdf";

    private static final Logger LOG = Logger.getLogger(AuditCheckpointIssuer.class.getName());

    @Inject
    ReportService reports;

    @Inject
    Clock clock;

    @Inject
    DailyRuns runs;

    @Resource
    TimerService timers;

    @PostConstruct
    void schedule() {
        OfficeSchedule.daily(timers, clock, 0, 15, JOB);
    }

    @Timeout
    void nightly() {
        if (!runs.claim(JOB, LocalDate.now(clock))) {
            return;
        }
        try {
            IssuedReport issued = SystemIdentity.runAs(JOB, () -> reports.issue(new ReportRequest(
                    AuditCheckpointReport.ID, Map.of(), Locale.forLanguageTag("id"), "system:" + JOB)));
            LOG.info(() -> "Audit checkpoint issued as " + issued.documentNumber());
        } catch (SuakaException e) {
            LOG.log(Level.WARNING, "The audit checkpoint could not be issued as a PDF", e);
        }
    }
}
