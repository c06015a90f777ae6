package org.suaka.registry.internal.domain;

import java.util.Objects;

/**
 * What a kept figure is counted by: the office, the person's nationality and sex, their age band, their
 * supervision status and UNHCR status, and one specific need. A value that does not apply is the empty
 * string (no status decided yet, no need: the row counts the person), an age band unknown is {@code -1},
 * so that every key compares by equality in SQL.
 *
 * @param office the office id
 * @param nationality the ISO 3166-1 alpha-3 code
 * @param sex the {@code Sex} name
 * @param ageBand the index of the age band in {@code SupervisionStatistics.AGE_BANDS}, or -1
 * @param status the supervision status name, or empty
 * @param unhcrStatus the UNHCR status name, or empty
 * @param need the vulnerability name, or empty on the row that counts the person
 */
public record FigureKey(String office, String nationality, String sex, int ageBand, String status,
        String unhcrStatus, String need) {

    /** The value of a dimension that does not apply. */
    public static final String NONE = "";

    /** Checks that no part is null. */
    public FigureKey {
        Objects.requireNonNull(office);
        Objects.requireNonNull(nationality);
        Objects.requireNonNull(sex);
        Objects.requireNonNull(status);
        Objects.requireNonNull(unhcrStatus);
        Objects.requireNonNull(need);
    }

    /**
     * @param other the need
     * @return the same key counting the need
     */
    public FigureKey withNeed(String other) {
        return new FigureKey(office, nationality, sex, ageBand, status, unhcrStatus, other);
    }
}
