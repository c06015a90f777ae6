package org.suaka.registry.api;

import org.suaka.platform.api.RecordNotFoundException;

/**
 * No person is registered under the given id.
 */
public class PersonNotFoundException extends RecordNotFoundException {

    private static final long serialVersionUID = 1L;

    /**
     * @param id the id that was looked up
     */
    public PersonNotFoundException(PersonId id) {
        super("person", id);
    }
}
