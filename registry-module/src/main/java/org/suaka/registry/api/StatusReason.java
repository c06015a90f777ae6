package org.suaka.registry.api;

/**
 * Why a person is outside the shelter, or why they departed from supervision. Each reason belongs to one
 * {@link SupervisionStatus}.
 */
public enum StatusReason {
    /** Outside the shelter: in hospital. */
    HOSPITAL(SupervisionStatus.OUTSIDE_SHELTER),
    /** Outside the shelter: with the office's permission. */
    PERMITTED(SupervisionStatus.OUTSIDE_SHELTER),
    /** Departed: resettled to a third country, named by its ISO 3166-1 alpha-3 code as the destination. */
    RESETTLED(SupervisionStatus.DEPARTED),
    /** Departed: returned home voluntarily. */
    VOLUNTARY_RETURN(SupervisionStatus.DEPARTED),
    /** Departed: deported. */
    DEPORTED(SupervisionStatus.DEPARTED),
    /** Departed: transferred to another detention house, named as the destination. */
    TRANSFERRED(SupervisionStatus.DEPARTED),
    /** Departed: absconded. */
    ABSCONDED(SupervisionStatus.DEPARTED),
    /** Departed: deceased. */
    DECEASED(SupervisionStatus.DEPARTED);

    private final SupervisionStatus status;

    StatusReason(SupervisionStatus status) {
        this.status = status;
    }

    /** @return the status this reason explains */
    public SupervisionStatus status() {
        return status;
    }

    /** @return whether the reason needs a destination: a country for resettlement, a detention house for a transfer */
    public boolean needsDestination() {
        return this == RESETTLED || this == TRANSFERRED;
    }
}
