package org.suaka.partner.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * An answer to a referral: accepting it, rejecting it, or (by the office) cancelling it.
 *
 * @param note why, or what happens next; required when rejecting or cancelling
 * @param version the version of the referral read
 */
public record AnswerReferral(@Size(max = 2000) String note, @NotNull @PositiveOrZero Long version) {
}
