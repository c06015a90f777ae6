package org.suaka.registry.api;

/**
 * Sex as recorded in the person's documents and in the statistics sent to Ditjen Imigrasi.
 */
public enum Sex {
    /** Laki-laki. */
    MALE,
    /** Perempuan. */
    FEMALE
}
