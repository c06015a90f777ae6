package org.suaka.registry.internal.application;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;

import org.suaka.registry.internal.persistence.FigureLedger;

/**
 * Every two seconds, folds the supervision figures' changes into their sums (up to {@value #FOLDED_AT_ONCE}
 * rows in one transaction), so that a figure reads few rows however busy the registry is. Readers are
 * exact without it: they add the changes not yet folded.
 */
@Startup
@Singleton
@DependsOn("FigureBackfill")
public class FigureCompaction {

    private static final Logger LOG = Logger.getLogger(FigureCompaction.class.getName());
    static final int FOLDED_AT_ONCE = 20_000;
    private static final long EVERY_MILLIS = 2_000;

    @Inject
    FigureLedger figures;

    @Resource
    TimerService timers;

    @PostConstruct
    void schedule() {
        timers.createIntervalTimer(EVERY_MILLIS, EVERY_MILLIS, new TimerConfig(null, false));
    }

    @Timeout
    void compact() {
        try {
            figures.compact(FOLDED_AT_ONCE);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Folding the supervision figures failed; the next run tries again", e);
            throw e;
        }
    }
}
