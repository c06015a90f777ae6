package org.suaka.shelter.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.suaka.registry.api.PersonDeparted;
import org.suaka.shelter.internal.persistence.PlacementRepository;

/**
 * Ends the open placements of a person whose supervision ended, on the same day and in the registry's
 * transaction, so that occupancy never counts someone the office no longer supervises. The registry
 * never calls the shelter module: it fires {@link PersonDeparted} and this bean observes it.
 */
@jakarta.ejb.Stateless
@jakarta.annotation.security.DeclareRoles({org.suaka.platform.access.Roles.ADMIN, org.suaka.platform.access.Roles.SUPERVISOR, org.suaka.platform.access.Roles.OFFICER, org.suaka.platform.access.Roles.VIEWER, org.suaka.platform.access.Roles.PARTNER})
public class DepartureObserver {

    private PlacementRepository placements;

    protected DepartureObserver() {
        // for CDI
    }

    /**
     * @param placements where placements are stored
     */
    @Inject
    public DepartureObserver(PlacementRepository placements) {
        this.placements = placements;
    }

    /**
     * @param departure who departed and their last day of supervision
     */
    public void closePlacements(@Observes PersonDeparted departure) {
        placements.openOf(departure.personId()).forEach(p -> p.closeOnDeparture(departure.lastDay()));
        placements.flush();
    }
}
