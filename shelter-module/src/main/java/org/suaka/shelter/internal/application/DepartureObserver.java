package org.suaka.shelter.internal.application;

import java.time.LocalDate;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.suaka.platform.access.Roles;
import org.suaka.registry.api.PersonDeparted;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.PersonTransferred;
import org.suaka.shelter.internal.persistence.PlacementRepository;

/**
 * Ends the open placements of a person whose supervision ended, on the same day and in the registry's
 * transaction, so that occupancy never counts someone the office no longer supervises. The registry
 * never calls the shelter module: it fires {@link PersonDeparted} and this bean observes it. A transfer to
 * another office ({@link PersonTransferred}) ends the placement at the sending office the same way.
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
        closeOn(departure.personId(), departure.lastDay());
    }

    /**
     * @param transfer who was handed over to another office, and when: their placement at the sending
     *     office ends that day
     */
    public void closePlacements(@Observes PersonTransferred transfer) {
        closeOn(transfer.person(), transfer.on());
    }

    private void closeOn(PersonId person, LocalDate day) {
        placements.openOf(person).forEach(p -> placements.closeOnDeparture(p, day));
        placements.flush();
    }
}
