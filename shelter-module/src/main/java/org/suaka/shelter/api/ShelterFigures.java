package org.suaka.shelter.api;

import java.time.LocalDate;
import java.util.List;

import org.suaka.registry.api.GroupFigures;

/**
 * Who a shelter housed on a day, as a whole and per unit: exact for any past day, from the placements'
 * intervals.
 *
 * @param shelterId the shelter
 * @param name its name
 * @param capacity how many persons it may house at once
 * @param date the day counted
 * @param figures the headcount, men, women, children and families of the whole shelter
 * @param units the same per unit, by name; those placed without a unit last
 */
public record ShelterFigures(ShelterId shelterId, String name, int capacity, LocalDate date, GroupFigures figures,
        List<UnitFigures> units) {
}
