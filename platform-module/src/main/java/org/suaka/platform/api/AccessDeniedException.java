package org.suaka.platform.api;

/**
 * The caller may not see or do this: their role or their organisation's data-sharing scope does not
 * cover it. Maps to HTTP 403.
 */
public class AccessDeniedException extends SuakaException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what the caller may not see or do
     */
    public AccessDeniedException(String message) {
        super(message);
    }
}
