package org.suaka.registry.internal.application;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.suaka.platform.access.Roles;
import org.suaka.registry.api.PersonDeparted;
import org.suaka.registry.internal.domain.IdCard;
import org.suaka.registry.internal.persistence.CardRepository;

/**
 * Revokes the ID cards of a person who departed from supervision, from the day after their last day, in the
 * transaction that records the departure.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER, Roles.PARTNER})
public class CardsOnDeparture {

    private CardRepository cards;

    public CardsOnDeparture() {
        // for CDI
    }

    /** @param cards where cards are kept */
    @Inject
    public CardsOnDeparture(CardRepository cards) {
        this.cards = cards;
    }

    /** @param departure who departed, and their last day of supervision */
    public void revokeCards(@Observes PersonDeparted departure) {
        cards.unrevokedOf(departure.personId())
                .forEach(card -> card.revoke(departure.lastDay().plusDays(1), IdCard.DEPARTED));
    }
}
