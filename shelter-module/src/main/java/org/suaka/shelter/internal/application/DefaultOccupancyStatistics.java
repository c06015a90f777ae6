package org.suaka.shelter.internal.application;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.suaka.platform.access.RequiresRole;
import org.suaka.platform.access.Roles;
import org.suaka.platform.audit.Audited;
import org.suaka.shelter.api.OccupancyStatistics;
import org.suaka.shelter.api.ShelterId;
import org.suaka.shelter.api.ShelterNotFoundException;
import org.suaka.shelter.api.ShelterOccupancy;
import org.suaka.shelter.api.UnitOccupancy;
import org.suaka.shelter.internal.persistence.PlacementRepository;
import org.suaka.shelter.internal.persistence.ShelterRepository;

/**
 * Occupancy straight from the database's GROUP BY.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
@Audited
@RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER, Roles.PARTNER})
public class DefaultOccupancyStatistics implements OccupancyStatistics {

    private ShelterRepository shelters;
    private PlacementRepository placements;

    protected DefaultOccupancyStatistics() {
        // for CDI
    }

    /**
     * @param shelters where shelters are stored
     * @param placements where placements are stored
     */
    @Inject
    public DefaultOccupancyStatistics(ShelterRepository shelters, PlacementRepository placements) {
        this.shelters = shelters;
        this.placements = placements;
    }

    @Override
    public List<ShelterOccupancy> occupancyOn(LocalDate date) {
        return shelters.occupancyOn(date);
    }

    @Override
    public List<UnitOccupancy> unitsOn(ShelterId shelterId, LocalDate date) {
        shelters.find(shelterId).orElseThrow(() -> new ShelterNotFoundException(shelterId));
        return placements.unitsOn(shelterId, date);
    }
}
