package org.suaka.reporting.internal.builtin;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.suaka.office.api.OfficeService;
import org.suaka.office.api.OfficeView;
import org.suaka.platform.access.SystemIdentity;
import org.suaka.platform.api.SuakaException;
import org.suaka.platform.api.ThreadBound;
import org.suaka.platform.office.OfficeSelection;
import org.suaka.platform.time.DailyRuns;
import org.suaka.reporting.api.IssuedReport;
import org.suaka.reporting.api.ReportRequest;
import org.suaka.reporting.api.ReportService;
import org.suaka.reporting.spi.ReportBundles;

/**
 * Issues each office's monthly statistics for the previous month on the configured day and time of the
 * office ({@code suaka.report.monthly.day}, default 1; {@code suaka.report.monthly.time}, default 07:00),
 * numbered and archived like any report, by {@code system:monthly-statistics}. It looks every ten minutes
 * (and a minute after start), so a server that was down at the time issues the report when it is back. A
 * run is claimed in the shared database before it starts ({@link DailyRuns}, keyed by office and month),
 * so it happens exactly once however many servers share the database. Off with
 * {@code suaka.report.monthly.enabled=false}.
 */
@Startup
@Singleton
public class MonthlyStatisticsSchedule {

    /** The system job's name, as the audit trail and the report history show it. */
    static final String JOB = "monthly-statistics";

    private static final Logger LOG = Logger.getLogger(MonthlyStatisticsSchedule.class.getName());
    private static final long FIRST_LOOK_MILLIS = 60_000;
    private static final long LOOK_EVERY_MILLIS = 600_000;

    @Inject
    ReportService reports;

    @Inject
    OfficeService offices;

    @Inject
    DailyRuns runs;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "suaka.report.monthly.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "suaka.report.monthly.day", defaultValue = "1")
    int day;

    @Inject
    @ConfigProperty(name = "suaka.report.monthly.time", defaultValue = "07:00")
    String time;

    @Resource
    TimerService timers;

    private MonthlyIssueDue due;

    @PostConstruct
    void schedule() {
        due = new MonthlyIssueDue(day, LocalTime.parse(time));
        if (enabled) {
            timers.createIntervalTimer(FIRST_LOOK_MILLIS, LOOK_EVERY_MILLIS, new TimerConfig(JOB, false));
        }
    }

    @Timeout
    void look() {
        List<OfficeView> all = SystemIdentity.runAs(JOB, offices::all);
        for (OfficeView office : all) {
            if (!office.national()) {
                due.dueMonth(clock.instant(), ZoneId.of(office.timeZone()), office.established())
                        .filter(month -> runs.claim(JOB + "@" + office.code(), month.plusMonths(1).atDay(1)))
                        .ifPresent(month -> issue(office, month));
            }
        }
    }

    private void issue(OfficeView office, YearMonth month) {
        try (ThreadBound.Scope actingFor = OfficeSelection.bind(office.id())) {
            IssuedReport issued = SystemIdentity.runAs(JOB, () -> reports.issue(new ReportRequest(
                    MonthlyStatisticsReport.ID, Map.of(MonthlyStatisticsReport.MONTH, month.toString()),
                    ReportBundles.INDONESIAN, SystemIdentity.PREFIX + JOB)));
            LOG.info(() -> "Monthly statistics of " + office.code() + " for " + month + " issued as "
                    + issued.documentNumber());
        } catch (SuakaException | IllegalStateException e) {
            LOG.log(Level.SEVERE, "The monthly statistics of " + office.code() + " for " + month
                    + " could not be issued; issue them from the Reports page", e);
        }
    }
}
