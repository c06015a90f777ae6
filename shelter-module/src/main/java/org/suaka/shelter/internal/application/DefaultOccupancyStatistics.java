package org.suaka.shelter.internal.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.suaka.platform.access.RequiresRole;
import org.suaka.platform.access.Roles;
import org.suaka.platform.audit.Audited;
import org.suaka.registry.api.GroupFigures;
import org.suaka.registry.api.FigureDifference;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.SupervisionStatistics;
import org.suaka.shelter.api.OccupancyStatistics;
import org.suaka.shelter.api.ShelterFigures;
import org.suaka.shelter.api.ShelterId;
import org.suaka.shelter.api.ShelterNotFoundException;
import org.suaka.shelter.api.ShelterOccupancy;
import org.suaka.shelter.api.UnitFigures;
import org.suaka.shelter.internal.domain.Placement;
import org.suaka.shelter.internal.domain.Shelter;
import org.suaka.shelter.internal.domain.ShelterUnit;
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
    private SupervisionStatistics registry;

    protected DefaultOccupancyStatistics() {
        // for CDI
    }

    /**
     * @param shelters where shelters are stored
     * @param placements where placements are stored
     * @param registry describes the persons placed: sex, age, family
     */
    @Inject
    public DefaultOccupancyStatistics(ShelterRepository shelters, PlacementRepository placements,
            SupervisionStatistics registry) {
        this.shelters = shelters;
        this.placements = placements;
        this.registry = registry;
    }

    @Override
    public List<ShelterOccupancy> occupancyOn(LocalDate date) {
        Map<String, Long> kept = placements.occupancyOn(date);
        return shelters.all().stream().map(shelter -> new ShelterOccupancy(shelter.id(), shelter.name(),
                shelter.capacity(), kept.getOrDefault(shelter.id().toString(), 0L))).toList();
    }

    @RequiresRole(Roles.ADMIN)
    @Override
    public List<FigureDifference> differencesFromFullCount(LocalDate date) {
        Map<ShelterId, Long> counted = new HashMap<>();
        shelters.countOccupancyOn(date).forEach(shelter -> counted.put(shelter.shelterId(), shelter.occupants()));
        List<FigureDifference> differences = new ArrayList<>();
        for (ShelterOccupancy shelter : occupancyOn(date)) {
            long full = counted.getOrDefault(shelter.shelterId(), 0L);
            if (full != shelter.occupants()) {
                differences.add(new FigureDifference("occupancyOn", shelter.shelterName(), shelter.occupants(), full));
            }
        }
        return differences;
    }

    @Override
    public ShelterFigures figuresOn(ShelterId shelterId, LocalDate date) {
        Shelter shelter = shelters.find(shelterId).orElseThrow(() -> new ShelterNotFoundException(shelterId));
        Map<UUID, List<PersonId>> byUnit = new HashMap<>();
        List<PersonId> everyone = new ArrayList<>();
        for (Placement placement : placements.openIn(shelterId, date)) {
            everyone.add(placement.personId());
            byUnit.computeIfAbsent(placement.unitId(), unit -> new ArrayList<>()).add(placement.personId());
        }
        List<UnitFigures> units = new ArrayList<>();
        for (ShelterUnit unit : shelters.unitsOf(shelter)) {
            units.add(new UnitFigures(unit.id(), unit.name(), unit.capacity(), describe(byUnit.get(unit.id()), date)));
        }
        if (byUnit.containsKey(null)) {
            units.add(new UnitFigures(null, null, 0, describe(byUnit.get(null), date)));
        }
        return new ShelterFigures(shelterId, shelter.name(), shelter.capacity(), date, describe(everyone, date), units);
    }

    private GroupFigures describe(List<PersonId> persons, LocalDate date) {
        return persons == null || persons.isEmpty() ? GroupFigures.NONE : registry.describe(persons, date);
    }
}
