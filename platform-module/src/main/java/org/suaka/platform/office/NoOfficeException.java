package org.suaka.platform.office;

import org.suaka.platform.api.AccessDeniedException;

/**
 * The signed-in user belongs to no office, so no record can be shown to them or written for them. An
 * administrator assigns them to one. Maps to HTTP 403.
 */
public class NoOfficeException extends AccessDeniedException {

    private static final long serialVersionUID = 1L;

    /**
     * @param user the user's name
     */
    public NoOfficeException(String user) {
        super("User " + user + " belongs to no office: an administrator must assign them to one");
    }
}
