package org.suaka.registry.internal.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.suaka.registry.api.RetentionService;

/**
 * Every night, anonymises the cases closed longer ago than the retention period
 * ({@code suaka.retention.closed-case-years}, 10 years by default).
 */
@Singleton
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());

    @Inject
    RetentionService retention;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "suaka.retention.closed-case-years", defaultValue = "10")
    int years;

    @Schedule(hour = "2", minute = "15", persistent = false)
    void nightly() {
        LocalDate cutoff = LocalDate.now(clock).minusYears(years);
        int anonymised = retention.anonymiseClosedBefore(cutoff);
        LOG.info(() -> "Retention: anonymised " + anonymised + " cases closed before " + cutoff);
    }
}
