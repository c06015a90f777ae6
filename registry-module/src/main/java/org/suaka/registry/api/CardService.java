package org.suaka.registry.api;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The special refugee ID cards (kartu identitas khusus pengungsi, Perpres 125/2016 Pasal 35 huruf c): issued
 * by an office to a person under its supervision, numbered from a configured pattern, and checked by number by
 * anyone signed in.
 */
public interface CardService {

    /**
     * Issues a card; the person's previous valid card is revoked on the day of issue.
     *
     * @param personId the person, under the supervision of the caller's office
     * @param command the day of issue and the last day of validity, both optional
     * @return the new card
     * @throws PersonNotFoundException when the caller's office has no such person
     * @throws org.suaka.platform.api.BusinessRuleException ({@code supervision-ended}) when the person departed
     * @throws org.suaka.platform.api.InvalidFieldException when the card would expire before it is issued, or is
     *     issued before the person's supervision or after today
     */
    IdCardView issue(@NotNull PersonId personId, @NotNull @Valid IssueCard command);

    /**
     * @param personId a person
     * @return the person's cards, latest first
     */
    List<IdCardView> cardsOf(@NotNull PersonId personId);

    /**
     * Whether a card is valid today, whatever office issued it. Says nothing about the holder.
     *
     * @param number the number printed on the card
     * @return the card's state, or empty when no card has that number
     */
    Optional<CardCheck> check(@NotNull String number);
}
