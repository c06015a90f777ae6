package org.suaka.shelter.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.suaka.platform.api.Names;

/**
 * A correction of a unit: only the fields sent change.
 *
 * @param name the unit's name
 * @param capacity how many persons it may house at once, never below those it houses today or later
 * @param version the version read
 */
public record UpdateUnit(
        @Size(min = 1, max = 60) @Pattern(regexp = Names.PLACE, message = "{org.suaka.name.place}") String name,
        @Positive @Max(1_000) Integer capacity,
        @NotNull @PositiveOrZero Long version) {
}
