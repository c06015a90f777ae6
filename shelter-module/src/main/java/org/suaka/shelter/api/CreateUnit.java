package org.suaka.shelter.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.suaka.platform.api.Names;

/**
 * A unit of a shelter to be recorded.
 *
 * @param name the unit's name, unique within the shelter, e.g. "Kamar 12"
 * @param capacity how many persons it may house at once
 */
public record CreateUnit(
        @NotBlank @Size(max = 60) @Pattern(regexp = Names.PLACE, message = "{org.suaka.name.place}") String name,
        @NotNull @Positive @Max(1_000) Integer capacity) {
}
