package org.suaka.shelter.api;

import java.time.LocalDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.suaka.registry.api.PersonId;

/**
 * An exit permit asked for: a person placed in a shelter leaves it for a purpose and a destination, and
 * returns by an expected time (office time).
 *
 * @param personId the person
 * @param purpose why, e.g. "Berobat ke RSUD Prof. Dr. W. Z. Johannes"
 * @param destination where to, e.g. "Kota Kupang"
 * @param leaveAt when the person leaves
 * @param expectedReturnAt when the person is to be back, after leaving and within 30 days
 */
public record RequestPermit(@NotNull PersonId personId, @NotBlank @Size(max = 300) String purpose,
        @NotBlank @Size(max = 150) String destination, @NotNull LocalDateTime leaveAt, @NotNull LocalDateTime expectedReturnAt) {
}
