package org.suaka.shelter.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A follow-up of an incident.
 *
 * @param note what was done or learnt
 * @param close whether this follow-up closes the incident
 * @param version the version of the incident read
 */
public record RecordFollowUp(@NotBlank @Size(max = 2000) String note, boolean close, @NotNull @PositiveOrZero Long version) {
}
