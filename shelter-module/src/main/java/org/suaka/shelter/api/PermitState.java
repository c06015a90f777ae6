package org.suaka.shelter.api;

/** Where an exit permit (izin keluar) stands. */
public enum PermitState {
    /** Asked for by an officer, waiting for a supervisor. */
    REQUESTED,
    /** Granted by a supervisor: the person may leave and must return by the expected time. */
    APPROVED,
    /** Refused by a supervisor. */
    REFUSED,
    /** The person came back; the actual return is recorded. */
    RETURNED
}
