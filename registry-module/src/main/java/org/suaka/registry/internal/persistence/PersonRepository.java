package org.suaka.registry.internal.persistence;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.suaka.platform.api.PageRequest;
import org.suaka.platform.api.ResultPage;
import org.suaka.platform.api.Tally;
import org.suaka.registry.api.ConsentId;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.PersonSearch;
import org.suaka.registry.internal.domain.Consent;
import org.suaka.registry.internal.domain.Person;

/**
 * Persons in {@code REG_PERSON}. Counts are computed by the database, never by loading persons.
 */
@ApplicationScoped
public class PersonRepository {

    private static final String UNDER_SUPERVISION =
            " p.supervisedFrom <= :date and (p.supervisedUntil is null or p.supervisedUntil > :date)";

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    protected PersonRepository() {
        // for CDI
    }

    /**
     * @param em the entity manager to use, for tests outside a container
     */
    public PersonRepository(EntityManager em) {
        this.em = em;
    }

    /** @param person a new person to store; written at once, so that its version and any constraint violation are known now */
    public void add(Person person) {
        em.persist(person);
        em.flush();
    }

    /**
     * @param cutoff a day
     * @return persons whose supervision ended before it and who are not anonymised yet
     */
    public List<Person> closedBefore(LocalDate cutoff) {
        return em.createQuery("select p from Person p where p.supervisedUntil < :cutoff and p.givenName <> :anonymous",
                        Person.class)
                .setParameter("cutoff", cutoff)
                .setParameter("anonymous", Person.ANONYMOUS)
                .getResultList();
    }

    /** Writes pending changes now, so that new versions are known. */
    public void flush() {
        em.flush();
    }

    /** @param consent a new consent to store; written at once, so that its version is known */
    public void add(Consent consent) {
        em.persist(consent);
        em.flush();
    }

    /**
     * @param id a consent's id
     * @return the consent, its row locked until the transaction ends, so that a concurrent correction
     *     waits and then sees the new version
     */
    public Optional<Consent> findConsentForUpdate(ConsentId id) {
        return Optional.ofNullable(em.find(Consent.class, id.toString(), LockModeType.PESSIMISTIC_WRITE));
    }

    /**
     * @param id a person
     * @return the person's consents, latest first
     */
    public List<Consent> consentsOf(PersonId id) {
        return em.createQuery("select c from Consent c where c.personId = :person order by c.givenOn desc", Consent.class)
                .setParameter("person", id)
                .getResultList();
    }

    /**
     * @param id the person's id
     * @return the person, or empty
     */
    public Optional<Person> find(PersonId id) {
        return Optional.ofNullable(em.find(Person.class, id.toString()));
    }

    /**
     * @param id the person's id
     * @return the person, its row locked until the transaction ends, so that concurrent changes wait and
     *     then see the new version
     */
    public Optional<Person> findForUpdate(PersonId id) {
        return Optional.ofNullable(em.find(Person.class, id.toString(), LockModeType.PESSIMISTIC_WRITE));
    }

    /**
     * @param ids persons' ids
     * @return the persons among them that exist
     */
    public List<Person> findAll(Collection<PersonId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from Person p where p.id in :ids", Person.class)
                .setParameter("ids", ids.stream().map(PersonId::toString).toList())
                .getResultList();
    }

    /**
     * @param unhcrNumber a UNHCR individual number
     * @return whether a person already holds it
     */
    public boolean existsWithUnhcrNumber(String unhcrNumber) {
        return em.createQuery("select count(p) from Person p where p.unhcrNumber = :n", Long.class)
                .setParameter("n", unhcrNumber)
                .getSingleResult() > 0;
    }

    /**
     * @param nameContains part of a name, or blank
     * @param nationality a nationality code, or blank
     * @param page the slice to return
     * @return the matching persons, sorted by family then given name
     */
    public ResultPage<Person> search(String nameContains, String nationality, PageRequest page) {
        return search(new PersonSearch(nameContains, nationality, page));
    }

    /**
     * @param search the filter, order and page
     * @return the matching persons in the asked order; ties broken by name and id so pages never overlap
     */
    public ResultPage<Person> search(PersonSearch search) {
        String nameContains = search.nameContains();
        String nationality = search.nationality();
        PageRequest page = search.page();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (nameContains != null && !nameContains.isBlank()) {
            where.append(" and (lower(p.givenName) like :name escape '\\' or lower(p.familyName) like :name escape '\\')");
            parameters.put("name", "%" + literal(nameContains.strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (nationality != null && !nationality.isBlank()) {
            where.append(" and p.nationality = :nat");
            parameters.put("nat", nationality.strip().toUpperCase(Locale.ROOT));
        }
        TypedQuery<Person> rows = em.createQuery("select p from Person p" + where
                + " order by " + orderBy(search.sort(), search.descending()), Person.class);
        TypedQuery<Long> count = em.createQuery("select count(p) from Person p" + where, Long.class);
        parameters.forEach((name, value) -> {
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<Person> items = rows.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        return new ResultPage<>(items, page.offset(), count.getSingleResult());
    }

    /** The text with LIKE's wildcards and escape character taken literally. */
    private static String literal(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String orderBy(PersonSearch.Sort sort, boolean descending) {
        String direction = descending ? " desc" : " asc";
        String byName = "p.familyName" + direction + ", p.givenName" + direction + ", p.id";
        return switch (sort) {
            case NAME -> byName;
            case NATIONALITY -> "p.nationality" + direction + ", " + byName;
            case DATE_OF_BIRTH -> "p.dateOfBirth" + direction + ", " + byName;
            case SUPERVISED_FROM -> "p.supervisedFrom" + direction + ", " + byName;
        };
    }

    /**
     * @param date the day counted
     * @return persons under supervision that day
     */
    public long countUnderSupervision(LocalDate date) {
        return em.createQuery("select count(p) from Person p where" + UNDER_SUPERVISION, Long.class)
                .setParameter("date", date)
                .getSingleResult();
    }

    /**
     * @param attribute {@code nationality} or {@code sex}
     * @param date the day counted
     * @return persons under supervision that day, grouped by the attribute, largest first
     */
    public List<Tally> tallyUnderSupervision(GroupingAttribute attribute, LocalDate date) {
        String jpql = "select p." + attribute.field + ", count(p) from Person p where" + UNDER_SUPERVISION
                + " group by p." + attribute.field + " order by count(p) desc, p." + attribute.field;
        return em.createQuery(jpql, Object[].class)
                .setParameter("date", date)
                .getResultStream()
                .map(row -> new Tally(String.valueOf(row[0]), ((Number) row[1]).longValue()))
                .toList();
    }

    /**
     * @param dateField {@code supervisedFrom} (arrivals) or {@code supervisedUntil} (departures)
     * @param from the first day counted
     * @param to the last day counted
     * @return how many persons have the date in each month of the range, months without any left out
     */
    public Map<YearMonth, Long> countPerMonth(MovementDate dateField, LocalDate from, LocalDate to) {
        String field = "p." + dateField.field;
        String jpql = "select extract(year from " + field + "), extract(month from " + field + "), count(p)"
                + " from Person p where " + field + " between :from and :to"
                + " group by extract(year from " + field + "), extract(month from " + field + ")";
        Map<YearMonth, Long> counts = new HashMap<>();
        em.createQuery(jpql, Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultStream()
                .forEach(row -> counts.put(YearMonth.of(((Number) row[0]).intValue(), ((Number) row[1]).intValue()),
                        ((Number) row[2]).longValue()));
        return counts;
    }

    /** The dates whose months are counted as movements. */
    public enum MovementDate {
        /** Supervision began: an arrival. */
        SUPERVISED_FROM("supervisedFrom"),
        /** Supervision ended: a departure. */
        SUPERVISED_UNTIL("supervisedUntil");

        private final String field;

        MovementDate(String field) {
            this.field = field;
        }
    }

    /**
     * The person attributes statistics may be grouped by; a closed set, so that no caller text reaches
     * the query.
     */
    public enum GroupingAttribute {
        /** Group by ISO 3166-1 alpha-3 nationality. */
        NATIONALITY("nationality"),
        /** Group by recorded sex. */
        SEX("sex");

        private final String field;

        GroupingAttribute(String field) {
            this.field = field;
        }
    }
}
