package org.suaka.shelter.api;

import java.util.UUID;

/**
 * How many persons a unit housed on a day.
 *
 * @param unitId the unit, or null for the persons placed in the shelter without a unit
 * @param name the unit's name, or null for those without one
 * @param capacity the unit's capacity, 0 for those without one
 * @param occupants the persons placed in it that day
 */
public record UnitOccupancy(UUID unitId, String name, int capacity, long occupants) {
}
