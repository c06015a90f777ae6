package org.suaka.partner.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.suaka.platform.api.ResultPage;

/**
 * Referrals of persons to partners for a service: the office refers, the partner (its own staff in the portal,
 * or an officer on its behalf) accepts or rejects and records the outcome. Partner staff reach only their own
 * organisation's referrals.
 */
public interface ReferralService {

    /**
     * @param command the referral
     * @return the referral, requested
     * @throws org.suaka.platform.api.InvalidFieldException for an unknown person or organisation, a day in the future
     */
    ReferralView refer(@NotNull @Valid Refer command);

    /**
     * @param id a requested referral
     * @param command a note and the version read
     * @return the referral, accepted today
     * @throws org.suaka.platform.api.BusinessRuleException ({@code referral-status}) when it is not requested
     */
    ReferralView accept(@NotNull UUID id, @NotNull @Valid AnswerReferral command);

    /**
     * @param id a requested or accepted referral
     * @param command why, and the version read
     * @return the referral, rejected today
     * @throws org.suaka.platform.api.InvalidFieldException ({@code note}) without a reason
     * @throws org.suaka.platform.api.BusinessRuleException ({@code referral-status}) when it is closed already
     */
    ReferralView reject(@NotNull UUID id, @NotNull @Valid AnswerReferral command);

    /**
     * Withdraws a referral; office staff only.
     *
     * @param id a requested or accepted referral
     * @param command why, and the version read
     * @return the referral, cancelled today
     * @throws org.suaka.platform.api.BusinessRuleException ({@code referral-status}) when it is closed already
     */
    ReferralView cancel(@NotNull UUID id, @NotNull @Valid AnswerReferral command);

    /**
     * @param id an accepted referral
     * @param command the day and the outcome
     * @return the referral, completed
     * @throws org.suaka.platform.api.BusinessRuleException ({@code referral-status}) when it was not accepted
     */
    ReferralView complete(@NotNull UUID id, @NotNull @Valid CompleteReferral command);

    /**
     * @param id a referral's id
     * @return the referral, when the caller may read it
     */
    Optional<ReferralView> find(@NotNull UUID id);

    /**
     * @param from the first day
     * @param until the last day
     * @return the referrals requested on those days per partner, service and status, by partner and service;
     *     one GROUP BY, office staff only
     */
    List<ReferralTally> tally(@NotNull LocalDate from, @NotNull LocalDate until);

    /**
     * @param query the filter and page
     * @return the referrals the caller may read, latest first
     */
    ResultPage<ReferralView> list(@NotNull @Valid ReferralQuery query);
}
