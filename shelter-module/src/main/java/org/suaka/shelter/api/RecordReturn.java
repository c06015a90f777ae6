package org.suaka.shelter.api;

import java.time.LocalDateTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * The actual return of a person on an approved exit permit.
 *
 * @param returnedAt when the person came back (office time), not before leaving nor in the future
 * @param version the version of the permit read
 */
public record RecordReturn(@NotNull LocalDateTime returnedAt, @NotNull @PositiveOrZero Long version) {
}
