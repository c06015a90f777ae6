package org.suaka.reporting.api;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/**
 * Asks for the ID cards of everyone placed in a shelter ({@link CardBatchService#start}).
 *
 * @param shelterId the shelter
 */
public record StartCardBatch(@NotNull UUID shelterId) {
}
