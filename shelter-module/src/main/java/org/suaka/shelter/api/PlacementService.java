package org.suaka.shelter.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.suaka.platform.api.PageRequest;
import org.suaka.platform.api.ResultPage;
import org.suaka.registry.api.PersonId;

/**
 * Houses persons in shelters. A person stays in one shelter at a time, only while under supervision, and
 * a shelter never holds more persons than its capacity. When the registry ends a person's supervision, the
 * open placement ends on the same day, in the same transaction.
 */
public interface PlacementService {

    /**
     * @param command who goes where from when, validated
     * @return the new placement
     * @throws org.suaka.platform.api.InvalidFieldException when the person or shelter does not exist, or the
     *     placement would begin before the person's supervision
     * @throws org.suaka.platform.api.BusinessRuleException when the shelter is full, the person is already housed or
     *     their supervision ended before the placement would begin
     */
    PlacementView place(@NotNull @Valid PlacePerson command);

    /**
     * Ends a placement when the person leaves the shelter.
     *
     * @param id the placement
     * @param command the day the person left and the version the caller saw
     * @return the ended placement
     * @throws PlacementNotFoundException when there is no such placement
     * @throws org.suaka.platform.api.BusinessRuleException when it has ended already or would end before it began
     * @throws org.suaka.platform.api.StaleVersionException when someone changed it since the caller read it
     */
    PlacementView end(@NotNull PlacementId id, @NotNull @Valid EndPlacement command);

    /**
     * Corrects a placement's dates.
     *
     * @param id the placement
     * @param command the corrected dates and the version the caller saw
     * @return the corrected placement
     * @throws PlacementNotFoundException when there is no such placement
     * @throws org.suaka.platform.api.InvalidFieldException when it would begin before the person's supervision
     * @throws org.suaka.platform.api.BusinessRuleException when it would end before it begins, outlast the
     *     person's supervision, overlap another of the person's placements or overfill the shelter
     * @throws org.suaka.platform.api.StaleVersionException when someone changed it since the caller read it
     */
    PlacementView correct(@NotNull PlacementId id, @NotNull @Valid CorrectPlacement command);

    /**
     * @param shelterId a shelter
     * @param date a day
     * @return the placements in the shelter open on that day, oldest first
     */
    List<PlacementView> occupants(@NotNull ShelterId shelterId, @NotNull LocalDate date);

    /**
     * @param shelterId a shelter
     * @param date a day
     * @param page which slice
     * @return the placements in the shelter open on that day, oldest first, paged in the database
     */
    ResultPage<PlacementView> occupants(@NotNull ShelterId shelterId, @NotNull LocalDate date,
            @NotNull PageRequest page);

    /**
     * @param shelterId a shelter
     * @param page which slice
     * @return every placement the shelter has had, the latest first, paged in the database
     */
    ResultPage<PlacementView> history(@NotNull ShelterId shelterId, @NotNull PageRequest page);

    /**
     * @param personId a registered person
     * @return every placement the person has had, oldest first
     */
    List<PlacementView> placementsOf(@NotNull PersonId personId);

    /**
     * @param personId a registered person
     * @param date a day
     * @return where the person stayed that day, or empty when they were not placed
     */
    Optional<PlacementView> placementOn(@NotNull PersonId personId, @NotNull LocalDate date);

    /**
     * @param id the placement's id
     * @return the placement, or empty
     */
    Optional<PlacementView> find(@NotNull PlacementId id);

    /**
     * @param id the placement's id
     * @return the placement
     * @throws PlacementNotFoundException when there is none with that id
     */
    default PlacementView get(@NotNull PlacementId id) {
        return find(id).orElseThrow(() -> new PlacementNotFoundException(id));
    }

    /**
     * Moves a placed person to another shelter or unit: the placement ends on the day and the next one begins
     * that day, in one transaction.
     *
     * @param id an open placement of the caller's office
     * @param command where to, from when, and a supervisor's reason to fill a full shelter or unit
     * @return the new placement
     * @throws org.suaka.platform.api.BusinessRuleException ({@code shelter-full}, {@code unit-full}) when the
     *     shelter or unit is full and no supervisor overrides it
     */
    PlacementView transfer(@NotNull PlacementId id, @NotNull @Valid TransferPlacement command);
}
