package org.suaka.shelter.api;

import java.util.UUID;

/**
 * A unit (room, block or floor) of a shelter, with the persons it may house at once.
 *
 * @param id the unit's id
 * @param shelterId its shelter
 * @param name its name, e.g. "Kamar 12"
 * @param capacity how many persons it may house at once
 * @param version the version to send back with a correction
 */
public record UnitView(UUID id, ShelterId shelterId, String name, int capacity, long version) {
}
