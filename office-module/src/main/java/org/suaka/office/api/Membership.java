package org.suaka.office.api;

import org.suaka.platform.office.OfficeId;

/**
 * A user of the user registry assigned to an office.
 *
 * @param userName the user's name in the user registry
 * @param office the office they work for
 */
public record Membership(String userName, OfficeId office) {

    /** What a user name may hold: letters, digits and {@code . _ @ -}, at most 100 of them. */
    public static final String USER_NAME = "[A-Za-z0-9._@-]{1,100}";
}
