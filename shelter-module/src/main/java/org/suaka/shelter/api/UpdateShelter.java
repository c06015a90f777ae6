package org.suaka.shelter.api;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.suaka.platform.api.Names;

/**
 * A correction of a shelter (HTTP PATCH): a field left null keeps its value; an empty address clears it.
 *
 * @param name the corrected name, still unique
 * @param address the corrected street address, or empty to clear it
 * @param city the corrected city or regency
 * @param capacity the new capacity, not below the number of persons housed there today or later
 * @param type what kind of place it is
 * @param operatorId the partner organisation that runs or funds it
 * @param facilities the facilities it provides, as a whole (replacing those recorded)
 * @param version the version of the shelter the caller read
 */
public record UpdateShelter(
        @Size(min = 1, max = 150) @Pattern(regexp = Names.PLACE, message = "{org.suaka.name.place}") String name,
        @Size(max = 300) String address,
        @Size(min = 1, max = 100) @Pattern(regexp = Names.PLACE, message = "{org.suaka.name.place}") String city,
        @Positive @Max(10_000) Integer capacity,
        ShelterType type,
        UUID operatorId,
        Set<@NotNull Facility> facilities,
        @NotNull @PositiveOrZero Long version) {

    /**
     * A correction of the name, address, city or capacity only.
     *
     * @param name the name, or null
     * @param address the address, or null
     * @param city the city, or null
     * @param capacity the capacity, or null
     * @param version the version read
     * @return the correction (a factory, not a constructor: JSON-B reads a record with one constructor)
     */
    public static UpdateShelter of(String name, String address, String city, Integer capacity, Long version) {
        return new UpdateShelter(name, address, city, capacity, null, null, null, version);
    }
}
