package org.suaka.partner.api;

/** Where an action item agreed at a meeting stands. */
public enum ActionStatus {
    /** Still to be done. */
    OPEN,
    /** Done. */
    DONE
}
