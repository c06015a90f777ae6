package org.suaka.partner.api;

import org.suaka.platform.api.RecordNotFoundException;

/**
 * No partner visit exists with the given id.
 */
public class VisitNotFoundException extends RecordNotFoundException {

    private static final long serialVersionUID = 1L;

    /**
     * @param id the id that was looked up
     */
    public VisitNotFoundException(VisitId id) {
        super("visit", id);
    }
}
