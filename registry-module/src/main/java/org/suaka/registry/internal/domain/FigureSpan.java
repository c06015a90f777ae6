package org.suaka.registry.internal.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Days on which one person counts under one key: from the first day until the day before {@code until}
 * (open when null), the same half-open rule as a stay with an office.
 *
 * @param key what the person counts under
 * @param from the first day
 * @param until the first day they no longer count, or null
 */
public record FigureSpan(FigureKey key, LocalDate from, LocalDate until) {

    /** Checks the days. */
    public FigureSpan {
        Objects.requireNonNull(key);
        Objects.requireNonNull(from);
        if (until != null && !until.isAfter(from)) {
            throw new IllegalArgumentException("A span ends after it begins: " + from + " to " + until);
        }
    }
}
