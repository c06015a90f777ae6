package org.suaka.shelter.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.suaka.platform.api.PlausibleDate;

/**
 * A correction of a placement's dates (HTTP PATCH): a date left null keeps its value. The placement must
 * still lie within the person's supervision, not overlap another placement of the person, and fit the
 * shelter's capacity.
 *
 * @param from the corrected first day
 * @param until the corrected day the person left; setting it on an open placement ends it
 * @param version the version of the placement the caller read
 */
public record CorrectPlacement(
        @PlausibleDate LocalDate from,
        @PlausibleDate LocalDate until,
        @NotNull @PositiveOrZero Long version) {
}
