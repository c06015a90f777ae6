package org.suaka.registry.internal.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.suaka.registry.api.PersonId;
import org.suaka.registry.internal.domain.PersonHistory;

/**
 * Reads what a person's supervision figures are made of, whatever office they are with: the figures are
 * kept for every office, and only their reading is limited to the offices the caller reads.
 */
@ApplicationScoped
public class PersonHistories {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    protected PersonHistories() {
        // for CDI
    }

    /** @param em the entity manager to use, for tests outside a container */
    public PersonHistories(EntityManager em) {
        this.em = em;
    }

    /**
     * @param id a person
     * @return the person's history as stored in this transaction, or empty when there is no such person
     */
    public Optional<PersonHistory> of(PersonId id) {
        String person = id.toString();
        List<Object[]> facts = em.createQuery("select p.nationality, p.sex, p.dateOfBirth from Person p"
                + " where p.id = :id", Object[].class).setParameter("id", person).getResultList();
        if (facts.isEmpty()) {
            return Optional.empty();
        }
        Object[] fact = facts.get(0);
        List<PersonHistory.Stay> stays = em.createQuery("select s.office, s.from, s.until from OfficeStay s"
                        + " where s.person.id = :id order by s.from", Object[].class).setParameter("id", person)
                .getResultStream()
                .map(row -> new PersonHistory.Stay(row[0].toString(), (LocalDate) row[1], (LocalDate) row[2]))
                .toList();
        Set<String> needs = em.createQuery("select v.flag from VulnerabilityFlag v where v.personId = :id",
                        Object.class).setParameter("id", person).getResultStream().map(String::valueOf)
                .collect(Collectors.toSet());
        return Optional.of(new PersonHistory((String) fact[0], String.valueOf(fact[1]), (LocalDate) fact[2], stays,
                changes("StatusChange", person), changes("UnhcrStatusChange", person), needs));
    }

    private List<PersonHistory.Dated> changes(String entity, String person) {
        return em.createQuery("select c.status, c.effectiveOn from " + entity + " c where c.personId = :id"
                        + " order by c.effectiveOn, c.createdAt", Object[].class).setParameter("id", person)
                .getResultStream().map(row -> new PersonHistory.Dated(String.valueOf(row[0]), (LocalDate) row[1]))
                .toList();
    }
}
