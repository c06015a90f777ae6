package org.suaka.platform.access;

/**
 * The categories of personal data a partner organisation may be granted.
 */
public enum DataCategory {
    /** Names, sex, date of birth, nationality, UNHCR individual number. */
    IDENTITY,
    /** Family links: the UNHCR case number shared by a family. */
    FAMILY,
    /** Where the person stays: placements and shelters. */
    SHELTER,
    /** Referrals and services. */
    REFERRAL,
    /** The person's supervision by the office: when it began and ended. */
    SUPERVISION,
    /** Incidents. Enforcement data: never granted to care partners. */
    INCIDENT,
    /** Exit permits. Enforcement data: never granted to care partners. */
    EXIT_PERMIT,
    /** Enforcement notes. */
    ENFORCEMENT
}
