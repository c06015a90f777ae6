package org.suaka.shelter.internal.application;

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

import org.suaka.shelter.internal.persistence.PlacementRepository;

/**
 * Keeps the shelters' occupancy cheap to read: at start, counts the placements recorded before it was kept
 * (once); every two seconds, folds the occupancy's changes into its sums (up to 20,000 in one
 * transaction). Readers are exact without it: they add the changes not yet folded.
 */
@Startup
@Singleton
@DependsOn("ShelterSchemaMigration")
public class OccupancyCompaction {

    private static final Logger LOG = Logger.getLogger(OccupancyCompaction.class.getName());

    @Inject
    PlacementRepository placements;

    @Resource
    TimerService timers;

    @PostConstruct
    void start() {
        if (placements.countPlacementsOnce()) {
            LOG.info("Shelter occupancy: the placements recorded before it was kept are counted");
        }
        timers.createIntervalTimer(2_000, 2_000, new TimerConfig(null, false));
    }

    @Timeout
    void compact() {
        try {
            placements.compactOccupancy(20_000);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Folding the shelter occupancy failed; the next run tries again", e);
            throw e;
        }
    }
}
