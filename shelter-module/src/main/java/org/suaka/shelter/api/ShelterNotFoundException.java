package org.suaka.shelter.api;

import org.suaka.platform.api.RecordNotFoundException;

/**
 * No shelter exists with the given id.
 */
public class ShelterNotFoundException extends RecordNotFoundException {

    private static final long serialVersionUID = 1L;

    /**
     * @param id the id that was looked up
     */
    public ShelterNotFoundException(ShelterId id) {
        super("shelter", id);
    }
}
