package org.suaka.shelter.api;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Records and looks up shelters.
 */
public interface ShelterService {

    /**
     * @param command the shelter's facts, validated
     * @return the recorded shelter
     * @throws org.suaka.platform.api.BusinessRuleException when a shelter of that name exists
     */
    ShelterView create(@NotNull @Valid CreateShelter command);

    /**
     * @param id the shelter's id
     * @return the shelter, or empty
     */
    Optional<ShelterView> find(@NotNull ShelterId id);

    /**
     * @param id the shelter's id
     * @return the shelter
     * @throws ShelterNotFoundException when there is none with that id
     */
    default ShelterView get(@NotNull ShelterId id) {
        return find(id).orElseThrow(() -> new ShelterNotFoundException(id));
    }

    /** @return every shelter, by name */
    List<ShelterView> list();
}
