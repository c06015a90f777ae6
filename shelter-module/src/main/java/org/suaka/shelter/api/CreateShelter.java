package org.suaka.shelter.api;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.suaka.platform.api.Names;

/**
 * A shelter (a hotel or community house rented for refugees) to be recorded.
 *
 * @param name the shelter's name, unique within the office, e.g. {@code Hotel Ina Bo'i}
 * @param address the street address
 * @param city the city or regency, e.g. {@code Kupang}
 * @param capacity how many persons it may house at once
 * @param type what kind of place it is; empty when not recorded
 * @param operatorId the partner organisation that runs or funds it (e.g. IOM), by its id; empty for none
 * @param facilities the facilities it provides; empty for none recorded
 */
public record CreateShelter(
        @NotBlank @Size(max = 150) @Pattern(regexp = Names.PLACE, message = "{org.suaka.name.place}") String name,
        @Size(max = 300) String address,
        @NotBlank @Size(max = 100) @Pattern(regexp = Names.PLACE, message = "{org.suaka.name.place}") String city,
        @NotNull @Positive @Max(10_000) Integer capacity,
        ShelterType type,
        UUID operatorId,
        Set<@NotNull Facility> facilities) {

    public CreateShelter {
        facilities = facilities == null ? Set.of() : Set.copyOf(facilities);
    }

    /**
     * A shelter recorded with its name, address, city and capacity only.
     *
     * @param name its name
     * @param address its address
     * @param city its city
     * @param capacity its capacity
     * @return the shelter to record (a factory, not a constructor: JSON-B reads a record with one constructor)
     */
    public static CreateShelter of(String name, String address, String city, Integer capacity) {
        return new CreateShelter(name, address, city, capacity, null, null, null);
    }
}
