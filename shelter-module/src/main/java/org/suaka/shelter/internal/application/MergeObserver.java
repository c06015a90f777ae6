package org.suaka.shelter.internal.application;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.suaka.platform.access.Roles;
import org.suaka.registry.api.PersonsMerged;
import org.suaka.shelter.internal.persistence.PlacementRepository;

/**
 * Moves a merged duplicate's placements to the record it was merged into, in the registry's transaction.
 * When both were placed, the duplicate's open placement ends on the day of the merge first, so that the
 * person is placed once.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER, Roles.PARTNER})
public class MergeObserver {

    private PlacementRepository placements;

    public MergeObserver() {
        // for CDI
    }

    /**
     * @param placements where placements are stored
     */
    @Inject
    public MergeObserver(PlacementRepository placements) {
        this.placements = placements;
    }

    /**
     * @param merge the survivor, the merged duplicate and the day
     */
    public void movePlacements(@Observes PersonsMerged merge) {
        if (!placements.openOf(merge.survivor()).isEmpty()) {
            placements.openOf(merge.merged()).forEach(p -> placements.closeOnDeparture(p, merge.on()));
        }
        placements.moveAll(merge.merged(), merge.survivor());
    }
}
