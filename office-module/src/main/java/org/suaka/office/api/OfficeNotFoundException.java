package org.suaka.office.api;

import org.suaka.platform.api.RecordNotFoundException;
import org.suaka.platform.office.OfficeId;

/**
 * No office has the id. Maps to HTTP 404.
 */
public class OfficeNotFoundException extends RecordNotFoundException {

    private static final long serialVersionUID = 1L;

    /**
     * @param id the id asked for
     */
    public OfficeNotFoundException(OfficeId id) {
        super("office", id.toString());
    }
}
