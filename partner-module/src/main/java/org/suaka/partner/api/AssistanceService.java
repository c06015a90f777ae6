package org.suaka.partner.api;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.suaka.platform.api.ResultPage;

/**
 * Assistance partners give the office's persons, e.g. IOM's monthly cash assistance per person or family, and
 * its totals per month and partner. The office records it; partner staff read their own organisation's.
 */
public interface AssistanceService {

    /**
     * @param command what was given, to whom, for which month
     * @return the record
     * @throws org.suaka.platform.api.InvalidFieldException for an unknown person or organisation, a month after
     *     the current one, cash without an amount, or a family record for a person of no family
     * @throws org.suaka.platform.api.BusinessRuleException ({@code organisation-inactive}) for a partner no longer
     *     active, ({@code assistance-recorded}) when the same partner's assistance of that kind for that month is
     *     already recorded for the person or their family
     */
    AssistanceView record(@NotNull @Valid RecordAssistance command);

    /**
     * @param id a record of the caller's office
     * @param command why, and the version read
     * @return the record, voided
     * @throws org.suaka.platform.api.BusinessRuleException ({@code assistance-voided}) when it was voided already
     */
    AssistanceView voidRecord(@NotNull UUID id, @NotNull @Valid VoidAssistance command);

    /**
     * @param id a record's id
     * @return the record, when the caller may read it
     */
    Optional<AssistanceView> find(@NotNull UUID id);

    /**
     * @param query the filter and page
     * @return the records the caller may read, latest month first
     */
    ResultPage<AssistanceView> list(@NotNull @Valid AssistanceQuery query);

    /**
     * @param from the first month
     * @param until the last month
     * @return the counted assistance per month, partner and kind, in that order; one GROUP BY, office staff only
     */
    List<AssistanceTally> totals(@NotNull YearMonth from, @NotNull YearMonth until);
}
