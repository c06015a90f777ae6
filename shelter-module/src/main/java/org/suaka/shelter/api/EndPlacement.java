package org.suaka.shelter.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.suaka.platform.api.PlausibleDate;

/**
 * A person leaves a shelter: the placement ends on the given day.
 *
 * @param until the day the person left; they are not counted in the shelter from that day on
 * @param version the version of the placement the caller saw, so that a concurrent change is refused
 */
public record EndPlacement(@NotNull @PlausibleDate LocalDate until, @NotNull @PositiveOrZero Long version) {
}
