package org.suaka.shelter.api;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A shelter as other modules and the web layer see it.
 *
 * @param id the shelter's id
 * @param name its name
 * @param address its street address, or null
 * @param city its city or regency
 * @param capacity how many persons it may house at once
 * @param type what kind of place it is, or null when not recorded
 * @param operatorId the partner organisation that runs or funds it, or null
 * @param facilities the facilities it provides
 * @param closedOn the day it closed, or null while it is open
 * @param version the optimistic-lock version
 */
public record ShelterView(ShelterId id, String name, String address, String city, int capacity, ShelterType type,
        UUID operatorId, Set<Facility> facilities, LocalDate closedOn, long version) {
}
