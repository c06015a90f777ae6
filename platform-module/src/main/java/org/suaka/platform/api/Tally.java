package org.suaka.platform.api;

import java.util.Objects;

/**
 * One row of an aggregate computed in SQL: a key (a nationality code, a sex, a shelter name) and how
 * many records fall under it.
 *
 * @param key the group the count belongs to
 * @param count how many records, never negative
 */
public record Tally(String key, long count) {

    public Tally {
        Objects.requireNonNull(key, "key");
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
    }
}
