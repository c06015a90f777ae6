package org.suaka.partner.api;

/**
 * Where a referral stands: requested, accepted by the partner, then completed; or rejected by the partner, or
 * cancelled by the office, before it is completed.
 */
public enum ReferralStatus {
    /** Sent to the partner, not answered yet. */
    REQUESTED,
    /** The partner takes it on. */
    ACCEPTED,
    /** The service was given; the outcome is recorded. */
    COMPLETED,
    /** The partner declined it. */
    REJECTED,
    /** The office withdrew it. */
    CANCELLED;

    /** @return whether nothing more can happen to a referral in this status */
    public boolean isFinal() {
        return this == COMPLETED || this == REJECTED || this == CANCELLED;
    }
}
