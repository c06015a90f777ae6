package org.suaka.reporting.api;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/**
 * Makes the special refugee ID cards of everyone placed in a shelter as one issued document, in the
 * background, so that a batch of hundreds does not hold a request open: start it, follow its progress,
 * download it by its verification code when it is done.
 */
public interface CardBatchService {

    /**
     * @param shelterId a shelter of the caller's office
     * @param locale the cards' language
     * @return the batch, queued
     * @throws org.suaka.platform.api.RecordNotFoundException when the caller's office has no such shelter
     */
    CardBatchView start(@NotNull UUID shelterId, @NotNull Locale locale);

    /**
     * @param batchId a batch's id
     * @return the batch as it stands, when the caller's office asked for it
     */
    Optional<CardBatchView> find(@NotNull UUID batchId);
}
