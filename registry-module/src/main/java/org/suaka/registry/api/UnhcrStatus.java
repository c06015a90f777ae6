package org.suaka.registry.api;

/** Where a person stands with UNHCR's refugee status determination. */
public enum UnhcrStatus {
    /** Registered with UNHCR, awaiting a decision. */
    ASYLUM_SEEKER,
    /** Recognised as a refugee. */
    REFUGEE,
    /** Not recognised; the claim was rejected. */
    REJECTED,
    /** The case was closed (e.g. after absconding or at the person's request). */
    CLOSED
}
