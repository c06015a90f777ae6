package org.suaka.shelter.internal.application;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.suaka.platform.access.Roles;
import org.suaka.registry.api.PersonDeparted;
import org.suaka.shelter.internal.persistence.PlacementRepository;

/**
 * Ends the open placements of a person whose supervision ended, on the same day and in the registry's
 * transaction, so that occupancy never counts someone the office no longer supervises. The registry
 * never calls the shelter module: it fires {@link PersonDeparted} and this bean observes it.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER, Roles.PARTNER})
public class DepartureObserver {

    private PlacementRepository placements;

    public DepartureObserver() {
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
