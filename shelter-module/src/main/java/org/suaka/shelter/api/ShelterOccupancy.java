package org.suaka.shelter.api;

/**
 * How full a shelter was on a given day.
 *
 * @param shelterId the shelter
 * @param shelterName its name
 * @param capacity how many it may house
 * @param occupants how many persons stayed there that day
 */
public record ShelterOccupancy(ShelterId shelterId, String shelterName, int capacity, long occupants) {
}
