package org.suaka.shelter.api;

import java.util.UUID;

import org.suaka.registry.api.GroupFigures;

/**
 * Who a unit of a shelter housed on a day.
 *
 * @param unitId the unit, or null for the persons placed in the shelter without a unit
 * @param name the unit's name, or null for those without one
 * @param capacity the unit's capacity, 0 for those without one
 * @param figures the headcount, men, women, children and families
 */
public record UnitFigures(UUID unitId, String name, int capacity, GroupFigures figures) {
}
