package org.suaka.shelter.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.suaka.platform.api.PlausibleDate;

/**
 * Closes a shelter ({@link ShelterService#close}).
 *
 * @param on the first day it is closed: nobody may be placed in it from then
 * @param version the version of the shelter read
 */
public record CloseShelter(@NotNull @PlausibleDate LocalDate on, @NotNull @PositiveOrZero Long version) {
}
