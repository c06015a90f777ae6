package org.suaka.shelter.api;

import org.suaka.platform.api.RecordNotFoundException;

/**
 * No placement exists with the given id.
 */
public class PlacementNotFoundException extends RecordNotFoundException {

    private static final long serialVersionUID = 1L;

    /**
     * @param id the id that was looked up
     */
    public PlacementNotFoundException(PlacementId id) {
        super("placement", id);
    }
}
