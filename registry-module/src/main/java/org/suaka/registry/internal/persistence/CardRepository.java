package org.suaka.registry.internal.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.suaka.platform.office.OfficeId;
import org.suaka.platform.persistence.OfficeYearSequence;
import org.suaka.platform.persistence.SequenceYears;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.internal.domain.CardSequence;
import org.suaka.registry.internal.domain.IdCard;

/**
 * The special refugee ID cards in {@code REG_ID_CARD} and their yearly numbering in {@code REG_CARD_SEQUENCE}.
 */
@ApplicationScoped
public class CardRepository {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    @Inject
    private SequenceYears years;

    protected CardRepository() {
        // for CDI
    }

    /**
     * @param em the entity manager to use, for tests outside a container
     */
    public CardRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * @param office the issuing office
     * @param year the year of issue
     * @return the next card number of the office's year, from 1; the sequence stays locked until the
     *     transaction ends
     */
    public long nextNumber(OfficeId office, int year) {
        return OfficeYearSequence.next(em, CardSequence.class, office, year, years, () -> new CardSequence(office, year));
    }

    /** @param card a card to keep, written at once */
    public void add(IdCard card) {
        em.persist(card);
        em.flush();
    }

    /**
     * @param personId a person
     * @return the person's cards, latest first
     */
    public List<IdCard> cardsOf(PersonId personId) {
        return em.createQuery("select c from IdCard c where c.personId = :person order by c.issuedOn desc,"
                + " c.number desc", IdCard.class).setParameter("person", personId.toString()).getResultList();
    }

    /**
     * @param personId a person
     * @return the person's cards not revoked
     */
    public List<IdCard> unrevokedOf(PersonId personId) {
        return em.createQuery("select c from IdCard c where c.personId = :person and c.revokedOn is null",
                IdCard.class).setParameter("person", personId.toString()).getResultList();
    }

    /**
     * @param number a card number
     * @return the card, of whatever office
     */
    public Optional<IdCard> findByNumber(String number) {
        return em.createQuery("select c from IdCard c where c.number = :number", IdCard.class)
                .setParameter("number", number).getResultStream().findFirst();
    }
}
