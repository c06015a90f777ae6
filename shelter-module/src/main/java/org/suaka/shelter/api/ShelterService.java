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

    /**
     * @param shelterId a shelter of the caller's office
     * @param command the unit
     * @return the unit as recorded
     * @throws ShelterNotFoundException when the caller's office has no such shelter
     * @throws org.suaka.platform.api.BusinessRuleException ({@code unit-name-taken}) when the shelter has a unit of
     *     that name already
     */
    UnitView addUnit(@NotNull ShelterId shelterId, @NotNull @Valid CreateUnit command);

    /**
     * @param shelterId a shelter of the caller's office
     * @param unitId one of its units
     * @param command the fields to change and the version read
     * @return the unit as corrected
     * @throws org.suaka.platform.api.BusinessRuleException ({@code unit-capacity-below-occupancy}) when the unit
     *     houses more persons than the new capacity today or later
     */
    UnitView correctUnit(@NotNull ShelterId shelterId, @NotNull java.util.UUID unitId, @NotNull @Valid UpdateUnit command);

    /**
     * @param shelterId a shelter the caller may read
     * @return its units, by name
     */
    List<UnitView> unitsOf(@NotNull ShelterId shelterId);

    /**
     * Closes a shelter from a day on.
     *
     * @param shelterId a shelter of the caller's office
     * @param command the first day it is closed and the version read
     * @return the shelter, closed
     * @throws org.suaka.platform.api.BusinessRuleException ({@code shelter-occupied}) when persons are placed there
     *     on or after that day
     */
    ShelterView close(@NotNull ShelterId shelterId, @NotNull @Valid CloseShelter command);
}
