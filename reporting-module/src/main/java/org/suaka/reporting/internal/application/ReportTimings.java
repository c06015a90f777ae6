package org.suaka.reporting.internal.application;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * How long issuing each report takes, as the metric {@code suaka_report_issue_seconds} tagged with the
 * report's id (count, sum, maximum and quantiles at {@code /metrics}).
 */
@ApplicationScoped
public class ReportTimings {

    private static final Metadata ISSUE = Metadata.builder()
            .withName("suaka.report.issue")
            .withDescription("Time to issue an official report: data, rendering, numbering and archiving")
            .withUnit(MetricUnits.SECONDS)
            .build();

    private MetricRegistry registry;

    /** Keeps nothing: for tests outside a server, which have no metric registry. */
    public ReportTimings() {
    }

    /** @param registry the application's metric registry */
    @Inject
    public ReportTimings(MetricRegistry registry) {
        this.registry = registry;
    }

    /**
     * @param reportId the report issued
     * @param took how long it took
     */
    void issued(String reportId, Duration took) {
        if (registry != null) {
            registry.timer(ISSUE, new Tag("report", reportId)).update(took);
        }
    }
}
