package org.suaka.shelter.api;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.suaka.platform.api.PlausibleDate;

/**
 * Moves a placed person to another shelter or unit: the placement ends on the day and the next begins
 * that day, in one transaction.
 *
 * @param shelterId the shelter moved to (the same one to change unit only)
 * @param unitId the unit moved to; empty for the shelter as a whole
 * @param on the day of the move
 * @param overrideReason why a full shelter or unit is to take the person anyway; a supervisor's decision
 * @param version the version of the placement read
 */
public record TransferPlacement(@NotNull ShelterId shelterId, UUID unitId, @NotNull @PlausibleDate LocalDate on,
        @Size(max = 300) String overrideReason, @NotNull @PositiveOrZero Long version) {
}
