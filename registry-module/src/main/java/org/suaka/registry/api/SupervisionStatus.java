package org.suaka.registry.api;

/**
 * Where a person under the office's supervision is, as Perpres 125/2016 follows them: found, held in the
 * detention house, placed in a shelter, outside the shelter for a while, or departed from supervision.
 * Only some changes make sense; {@link #mayChangeTo(SupervisionStatus)} says which.
 */
public enum SupervisionStatus {
    /** Found or handed over, not yet placed. The first status of every person, never returned to. */
    FOUND,
    /** Held in the detention house (Rudenim). */
    IN_DETENTION_HOUSE,
    /** Living in a shelter the office supervises. */
    IN_SHELTER,
    /** Outside the shelter for a while: in hospital or with permission ({@link StatusReason}). */
    OUTSIDE_SHELTER,
    /** No longer supervised by the office, for a {@link StatusReason departure reason}. Final. */
    DEPARTED;

    /**
     * @param next the status asked for
     * @return whether a person may go from this status to {@code next}: never back to found, never out of
     *     departed, never to the same status
     */
    public boolean mayChangeTo(SupervisionStatus next) {
        return this != DEPARTED && next != FOUND && next != this;
    }
}
