package org.suaka.shelter.api;

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
 */
public record CreateShelter(
        @NotBlank @Size(max = 150) @Pattern(regexp = Names.PLACE, message = "{org.suaka.name.place}") String name,
        @Size(max = 300) String address,
        @NotBlank @Size(max = 100) @Pattern(regexp = Names.PLACE, message = "{org.suaka.name.place}") String city,
        @NotNull @Positive @Max(10_000) Integer capacity) {
}
