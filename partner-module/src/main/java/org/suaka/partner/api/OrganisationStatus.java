package org.suaka.partner.api;

/** Whether the office still works with a partner organisation. */
public enum OrganisationStatus {
    /** The office works with it: referrals and visits may name it. */
    ACTIVE,
    /** No longer a partner; its records stay, nothing new is referred to it. */
    INACTIVE
}
