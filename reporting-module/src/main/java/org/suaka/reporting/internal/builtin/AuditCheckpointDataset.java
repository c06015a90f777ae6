package org.suaka.reporting.internal.builtin;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.suaka.audit.api.AuditCheckpoint;
import org.suaka.audit.api.AuditTrail;
import org.suaka.reporting.internal.application.DocumentDates;
import org.suaka.reporting.spi.ReportArguments;
import org.suaka.reporting.spi.ReportContext;
import org.suaka.reporting.spi.ReportData;
import org.suaka.reporting.spi.ReportDataset;

/**
 * The last checkpoint of the audit trail, read through the audit module's api (administrators only),
 * with its time in office time. On a new installation, before the first nightly checkpoint, one is taken
 * when the document is issued.
 */
@ApplicationScoped
public class AuditCheckpointDataset implements ReportDataset {

    private AuditTrail trail;
    private Clock clock;

    protected AuditCheckpointDataset() {
        // for CDI
    }

    /**
     * @param trail the audit trail
     * @param clock the office clock, whose zone the time is shown in
     */
    @Inject
    public AuditCheckpointDataset(AuditTrail trail, Clock clock) {
        this.trail = trail;
        this.clock = clock;
    }

    @Override
    public String name() {
        return AuditCheckpointReport.ID;
    }

    @Override
    public ReportData fetch(ReportContext context, ReportArguments arguments) {
        AuditCheckpoint checkpoint = trail.lastCheckpoint().orElseGet(trail::checkpoint);
        var taken = checkpoint.takenAt().atZone(clock.getZone());
        return new ReportData(Map.of(
                "CHAIN_LENGTH", checkpoint.chainSeq(),
                "HEAD_HASH", checkpoint.headHash(),
                "TAKEN_AT", DocumentDates.longDate(taken.toLocalDate(), context.locale()) + ", "
                        + DateTimeFormatter.ofPattern("HH:mm:ss").format(taken) + " " + taken.getZone().getId(),
                "TAKEN_AT_UTC", checkpoint.takenAt().truncatedTo(ChronoUnit.SECONDS).toString()), List.of());
    }
}
