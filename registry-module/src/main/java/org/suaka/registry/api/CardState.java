package org.suaka.registry.api;

/** The state of a special refugee ID card on a day. */
public enum CardState {
    /** Issued, not revoked, and the day lies within its validity. */
    VALID,
    /** Not revoked, but its validity ended. */
    EXPIRED,
    /** Revoked: a new card was issued to the holder, or the holder departed from supervision. */
    REVOKED
}
