package org.suaka.shelter.api;

/** What an inspector found of one facility of a shelter. */
public enum FacilityCondition {
    /** Provided and up to standard. */
    GOOD,
    /** Provided, but below standard: needs a follow-up. */
    NEEDS_IMPROVEMENT,
    /** Not provided at all: needs a follow-up. */
    MISSING;

    /** @return whether this finding calls for a follow-up */
    public boolean needsFollowUp() {
        return this != GOOD;
    }
}
