package org.suaka.partner.api;

import org.suaka.platform.api.RecordNotFoundException;

/**
 * No partner organisation exists with the given id.
 */
public class OrganisationNotFoundException extends RecordNotFoundException {

    private static final long serialVersionUID = 1L;

    /**
     * @param id the id that was looked up
     */
    public OrganisationNotFoundException(OrganisationId id) {
        super("organisation", id);
    }
}
