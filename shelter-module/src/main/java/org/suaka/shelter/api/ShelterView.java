package org.suaka.shelter.api;

/**
 * A shelter as other modules and the web layer see it.
 *
 * @param id the shelter's id
 * @param name its name
 * @param address its street address, or null
 * @param city its city or regency
 * @param capacity how many persons it may house at once
 * @param version the optimistic-lock version
 */
public record ShelterView(ShelterId id, String name, String address, String city, int capacity, long version) {
}
