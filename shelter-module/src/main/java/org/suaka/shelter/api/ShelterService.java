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
     * Corrects a shelter: its name, address, city or capacity.
     *
     * @param id the shelter
     * @param command the fields to change and the version the caller read
     * @return the corrected shelter
     * @throws ShelterNotFoundException when there is no such shelter
     * @throws org.suaka.platform.api.BusinessRuleException when the name is taken or the capacity is below the
     *     persons housed there
     * @throws org.suaka.platform.api.StaleVersionException when the shelter changed since the caller read it
     */
    ShelterView update(@NotNull ShelterId id, @NotNull @Valid UpdateShelter command);

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
