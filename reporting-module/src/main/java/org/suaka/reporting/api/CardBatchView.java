package org.suaka.reporting.api;

import java.time.Instant;
import java.util.UUID;

/**
 * A batch of special refugee ID cards for everyone placed in a shelter, made in the background.
 *
 * @param id the batch's id
 * @param shelterId the shelter
 * @param state where the batch stands
 * @param total how many persons are placed in the shelter (known once the batch runs; 0 before)
 * @param done how many of them were looked at so far
 * @param cards how many cards were printed: the persons holding a valid card
 * @param verificationCode the issued document's code once {@link BatchState#DONE}: download it from
 *     {@code /reports/issued/{code}/pdf}; null before
 * @param error why it failed, when {@link BatchState#FAILED}; null otherwise
 * @param requestedBy who asked for it
 * @param requestedAt when
 */
public record CardBatchView(UUID id, UUID shelterId, BatchState state, int total, int done, int cards,
        String verificationCode, String error, String requestedBy, Instant requestedAt) {
}
