package org.suaka.shelter.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A supervisor's decision on an exit permit.
 *
 * @param note why, or conditions; optional
 * @param version the version of the permit read
 */
public record DecidePermit(@Size(max = 500) String note, @NotNull @PositiveOrZero Long version) {
}
