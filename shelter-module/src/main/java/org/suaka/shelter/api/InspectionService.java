package org.suaka.shelter.api;

import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.suaka.platform.api.ResultPage;

/**
 * Inspections of the facilities Perpres 125/2016 expects of a shelter (clean water, food, health care,
 * hygiene, a place of worship): findings per facility, a follow-up, closed when done. Staff only.
 */
public interface InspectionService {

    /**
     * Records an inspection. One with every finding up to standard and no follow-up is closed at once.
     *
     * @param command the inspection
     * @return the inspection
     * @throws org.suaka.platform.api.InvalidFieldException for a day in the future, an unknown shelter, a facility
     *         found twice, a shortcoming without a follow-up, a follow-up due before the inspection
     * @throws org.suaka.platform.api.BusinessRuleException ({@code shelter-closed}) when the shelter was closed that day
     */
    InspectionView record(@NotNull @Valid RecordInspection command);

    /**
     * @param id an open inspection of the caller's office
     * @param command what was done, the version read
     * @return the inspection, closed today
     * @throws org.suaka.platform.api.BusinessRuleException ({@code inspection-closed}) when it was closed already
     */
    InspectionView close(@NotNull UUID id, @NotNull @Valid CloseInspection command);

    /**
     * @param id an inspection's id
     * @return the inspection, when it belongs to an office the caller reads
     */
    Optional<InspectionView> find(@NotNull UUID id);

    /**
     * @param query the filter and page
     * @return the inspections, latest first
     */
    ResultPage<InspectionView> list(@NotNull @Valid InspectionQuery query);
}
