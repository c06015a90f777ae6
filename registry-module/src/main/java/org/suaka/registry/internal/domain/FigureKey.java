package org.suaka.registry.internal.domain;

import java.util.Objects;

/**
 * What a kept figure counts: the persons of an office with one value of one facet, e.g. the Afghan women
 * ({@link #NATIONALITY_AND_SEX}, {@code AFG:FEMALE}) or the persons aged 5 to 11 ({@link #AGE_BAND},
 * {@code 1}). Each person counts once in each facet on each day of their supervision (in {@link #NEED}, once
 * per specific need), so that a facet's sum is the persons counted and few keys cover the whole country.
 *
 * @param office the office id
 * @param facet the facet: one of the constants of this record
 * @param value the value in the facet; the empty string for none (no status decided yet)
 */
public record FigureKey(String office, String facet, String value) {

    /** Nationality and sex, {@code AFG:FEMALE}: the facet whose sum is the persons under supervision. */
    public static final String NATIONALITY_AND_SEX = "NS";
    /** The index of the age band in {@code SupervisionStatistics.AGE_BANDS}, or -1 when unknown. */
    public static final String AGE_BAND = "AGE";
    /** The supervision status name, empty before the first. */
    public static final String STATUS = "ST";
    /** The UNHCR status name, empty before the first decision. */
    public static final String UNHCR_STATUS = "UN";
    /** A specific need: a person with two counts in both. */
    public static final String NEED = "ND";
    /** The value of a facet that does not apply yet. */
    public static final String NONE = "";

    /** Checks that no part is null. */
    public FigureKey {
        Objects.requireNonNull(office);
        Objects.requireNonNull(facet);
        Objects.requireNonNull(value);
    }
}
