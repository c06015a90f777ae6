package org.suaka.partner.api;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.suaka.platform.api.PageRequest;
import org.suaka.platform.api.ResultPage;

/** The action items agreed at visits and meetings with partners, followed until done. Office staff only. */
public interface ActionItemService {

    /**
     * @param visitId a visit of the caller's office
     * @param command the action item
     * @return the action item, open
     * @throws org.suaka.platform.api.InvalidFieldException ({@code dueOn}) for a due day before the meeting
     */
    ActionItemView add(@NotNull VisitId visitId, @NotNull @Valid AddActionItem command);

    /**
     * @param id an open action item of the caller's office
     * @param version the version read
     * @return the action item, done today
     * @throws org.suaka.platform.api.BusinessRuleException ({@code action-item-done}) when it was done already
     */
    ActionItemView markDone(@NotNull UUID id, @NotNull @PositiveOrZero Long version);

    /**
     * @param visitId a visit
     * @return its action items, in the order they were agreed
     */
    List<ActionItemView> of(@NotNull VisitId visitId);

    /**
     * @param page which slice
     * @return the open action items of the offices the caller reads, soonest due first
     */
    ResultPage<ActionItemView> open(@NotNull @Valid PageRequest page);
}
