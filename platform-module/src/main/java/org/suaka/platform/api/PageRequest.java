package org.suaka.platform.api;

/**
 * Which slice of a long list a caller wants.
 *
 * @param offset how many rows to skip, zero or more
 * @param limit how many rows at most, from 1 to {@link #MAX_LIMIT}
 */
public record PageRequest(int offset, int limit) {

    /** The largest page a caller may ask for, so that no request loads a whole table. */
    public static final int MAX_LIMIT = 500;

    public PageRequest {
        if (offset < 0) {
            throw new InvalidFieldException("offset", "offset must be zero or more");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidFieldException("limit", "limit must be between 1 and " + MAX_LIMIT);
        }
    }

    /** @return the first page of the default size */
    public static PageRequest first() {
        return new PageRequest(0, 50);
    }
}
