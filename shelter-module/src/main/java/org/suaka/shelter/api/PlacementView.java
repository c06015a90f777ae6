package org.suaka.shelter.api;

import java.time.LocalDate;
import java.util.UUID;

import org.suaka.registry.api.PersonId;

/**
 * A person's stay in a shelter, from {@code from} until the day before {@code until} (open while null).
 *
 * @param id the placement's id
 * @param personId the person housed
 * @param shelterId the shelter
 * @param shelterName the shelter's name, for display
 * @param from the first day
 * @param until the day the person left, or null while they stay
 * @param unitId the unit (room) of the shelter, or null for the shelter as a whole
 * @param unitName the unit's name, or null
 * @param overrideReason why a supervisor let a full shelter or unit take the person, or null
 * @param version the optimistic-lock version
 */
public record PlacementView(PlacementId id, PersonId personId, ShelterId shelterId, String shelterName,
        LocalDate from, LocalDate until, UUID unitId, String unitName, String overrideReason, long version) {
}
