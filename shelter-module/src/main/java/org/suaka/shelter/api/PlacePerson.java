package org.suaka.shelter.api;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.suaka.platform.api.PlausibleDate;
import org.suaka.registry.api.PersonId;

/**
 * Houses a registered person in a shelter from a given day.
 *
 * @param personId the registered person
 * @param shelterId the shelter
 * @param from the first night in the shelter
 * @param unitId the unit (room) of the shelter; empty for the shelter as a whole
 * @param overrideReason why a full shelter or unit is to take the person anyway; a supervisor's decision, kept
 */
public record PlacePerson(@NotNull PersonId personId, @NotNull ShelterId shelterId, @NotNull @PlausibleDate LocalDate from,
        UUID unitId, @Size(max = 300) String overrideReason) {

    /**
     * A placement in the shelter as a whole, within its capacity.
     *
     * @param personId the person
     * @param shelterId the shelter
     * @param from the first night
     * @return the placement (a factory, not a constructor: JSON-B reads a record with one constructor)
     */
    public static PlacePerson of(PersonId personId, ShelterId shelterId, LocalDate from) {
        return new PlacePerson(personId, shelterId, from, null, null);
    }
}
