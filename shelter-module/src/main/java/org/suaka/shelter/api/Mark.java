package org.suaka.shelter.api;

/** What a presence check found of a person expected in the shelter. */
public enum Mark {
    /** In the shelter. */
    PRESENT,
    /** Not in the shelter, without a permit: flagged. */
    ABSENT,
    /** Out on an approved exit permit. */
    PERMITTED_LEAVE,
    /** In hospital. */
    HOSPITAL
}
