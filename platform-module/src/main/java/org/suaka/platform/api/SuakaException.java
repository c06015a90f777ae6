package org.suaka.platform.api;

import jakarta.ejb.ApplicationException;

/**
 * Base of every failure a Suaka service reports on purpose. Subtypes say what kind of failure it is,
 * so that callers (the REST layer, the UI) can map it to a status and a message without parsing text.
 * The module services are enterprise beans: as an application exception it reaches the caller as it was
 * thrown, and rolls the transaction back.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class SuakaException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message a sentence for the user, naming the record or rule concerned
     */
    protected SuakaException(String message) {
        super(message);
    }
}
