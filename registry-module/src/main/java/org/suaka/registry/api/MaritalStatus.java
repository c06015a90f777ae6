package org.suaka.registry.api;

/** A person's marital status as they declare it. */
public enum MaritalStatus {
    /** Never married. */
    SINGLE,
    /** Married. */
    MARRIED,
    /** Married, living apart from the spouse. */
    SEPARATED,
    /** Divorced. */
    DIVORCED,
    /** Widowed. */
    WIDOWED
}
