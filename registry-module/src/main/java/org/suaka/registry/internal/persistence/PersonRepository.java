package org.suaka.registry.internal.persistence;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.suaka.platform.api.PageRequest;
import org.suaka.platform.api.ResultPage;
import org.suaka.platform.api.Tally;
import org.suaka.platform.office.OfficeFilter;
import org.suaka.platform.office.OfficeScope;
import org.suaka.registry.api.ConsentId;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.PersonSearch;
import org.suaka.registry.api.Sex;
import org.suaka.registry.api.SupervisionStatus;
import org.suaka.registry.internal.domain.Consent;
import org.suaka.registry.internal.domain.NameKey;
import org.suaka.registry.internal.domain.NameKeys;
import org.suaka.registry.internal.domain.OfficeStay;
import org.suaka.registry.internal.domain.OfficeStay.StayChange;
import org.suaka.registry.internal.domain.Person;
import org.suaka.registry.internal.domain.PersonPhoto;
import org.suaka.registry.internal.domain.ProfileRecord;
import org.suaka.registry.internal.domain.SelfReport;
import org.suaka.registry.internal.domain.StatusChange;
import org.suaka.registry.internal.domain.UnhcrStatusChange;
import org.suaka.registry.internal.domain.VulnerabilityFlag;

/**
 * Persons in {@code REG_PERSON} and their stays with offices in {@code REG_OFFICE_STAY}. Every query is
 * limited to the offices the caller may read ({@link OfficeScope}); a person of another office is as good
 * as absent. Counts are computed by the database, never by loading persons.
 */
@ApplicationScoped
public class PersonRepository {

    /** How many merges in a row an id is followed through: a record merged into one merged later. */
    private static final int MAX_MERGE_HOPS = 8;

    /** Leaves out the records merged into another: they are not persons of their own. */
    private static final String STANDING = " and p.mergedInto is null";

    private static final String STAYING =
            " s.from <= :date and (s.until is null or s.until > :date)";

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    @Inject
    private OfficeScope offices;

    protected PersonRepository() {
        // for CDI
    }

    /**
     * @param em the entity manager to use, for tests outside a container
     * @param offices the offices the caller may read
     */
    public PersonRepository(EntityManager em, OfficeScope offices) {
        this.em = em;
        this.offices = offices;
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
        OfficeFilter readable = offices.readable();
        return readable.bind(em.createQuery("select p from Person p where p.supervisedUntil < :cutoff"
                        + " and p.givenName <> :anonymous and " + readable.condition("p.office"), Person.class))
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
        if (find(id).isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from Consent c where c.personId = :person order by c.givenOn desc", Consent.class)
                .setParameter("person", id)
                .getResultList();
    }

    /**
     * @param id the person's id
     * @return the person, or empty, also when the person belongs to an office the caller may not read
     */
    public Optional<Person> find(PersonId id) {
        return Optional.ofNullable(em.find(Person.class, id.toString())).filter(offices::mayRead);
    }

    /**
     * @param id the id of a person's record, or of a duplicate merged into it
     * @return the record that stands for the person, or empty, also when the caller may not read it
     */
    public Optional<Person> findCurrent(PersonId id) {
        Optional<Person> found = find(id);
        for (int hop = 0; hop < MAX_MERGE_HOPS && found.flatMap(Person::mergedInto).isPresent(); hop++) {
            found = find(found.get().mergedInto().orElseThrow());
        }
        return found;
    }

    /**
     * @param report a self-report to keep
     */
    public void add(SelfReport report) {
        em.persist(report);
        em.flush();
    }

    /**
     * @param change a status change to keep
     */
    public void add(StatusChange change) {
        em.persist(change);
    }

    /** @param change a UNHCR status change to keep */
    public void add(UnhcrStatusChange change) {
        em.persist(change);
    }

    /**
     * @param id a person
     * @return the changes of their UNHCR status, oldest first
     */
    public List<UnhcrStatusChange> unhcrStatusHistoryOf(PersonId id) {
        return em.createQuery("select u from UnhcrStatusChange u where u.personId = :person"
                + " order by u.effectiveOn, u.createdAt", UnhcrStatusChange.class)
                .setParameter("person", id.toString()).getResultList();
    }

    /**
     * @param id a person
     * @return their profile, when one was recorded
     */
    public Optional<ProfileRecord> profileOf(PersonId id) {
        return Optional.ofNullable(em.find(ProfileRecord.class, id.toString()));
    }

    /** @param profile a new profile to keep */
    public void add(ProfileRecord profile) {
        em.persist(profile);
    }

    /**
     * @param id a person
     * @return their photo, when one is kept
     */
    public Optional<PersonPhoto> photoOf(PersonId id) {
        return Optional.ofNullable(em.find(PersonPhoto.class, id.toString()));
    }

    /**
     * @param id a person
     * @return whether a photo of them is kept, without reading it
     */
    public boolean hasPhoto(PersonId id) {
        return em.createQuery("select count(p) from PersonPhoto p where p.personId = :person", Long.class)
                .setParameter("person", id.toString()).getSingleResult() > 0;
    }

    /** @param photo a new photo to keep */
    public void add(PersonPhoto photo) {
        em.persist(photo);
    }

    /**
     * @param id a person
     * @return the person's specific needs, as recorded
     */
    public List<VulnerabilityFlag> vulnerabilitiesOf(PersonId id) {
        return em.createQuery("select v from VulnerabilityFlag v where v.personId = :person", VulnerabilityFlag.class)
                .setParameter("person", id.toString()).getResultList();
    }

    /** @param flag a need to keep */
    public void add(VulnerabilityFlag flag) {
        em.persist(flag);
    }

    /** @param flag a need no longer recorded */
    public void remove(VulnerabilityFlag flag) {
        em.remove(flag);
    }

    /**
     * @param id a person
     * @return their status changes, oldest first (by day, then by when they were recorded)
     */
    public List<StatusChange> statusHistoryOf(PersonId id) {
        return em.createQuery("select c from StatusChange c where c.personId = :person"
                + " order by c.effectiveOn, c.createdAt", StatusChange.class)
                .setParameter("person", id.toString()).getResultList();
    }

    /**
     * @param id a person
     * @return their self-reports, latest first
     */
    public List<SelfReport> selfReportsOf(PersonId id) {
        return em.createQuery("select r from SelfReport r where r.personId = :person order by r.reportedOn desc",
                SelfReport.class).setParameter("person", id.toString()).getResultList();
    }

    /**
     * @param day a day
     * @return the persons of the offices the caller reads under supervision that day, by name
     */
    public List<Person> underSupervisionOn(LocalDate day) {
        OfficeFilter readable = offices.readable();
        return readable.bind(em.createQuery("select p from Person p where " + readable.condition("p.office")
                + " and p.supervisedFrom <= :day and (p.supervisedUntil is null or p.supervisedUntil > :day)" + STANDING
                + " order by p.familyName, p.givenName, p.id", Person.class)).setParameter("day", day).getResultList();
    }

    /**
     * @param from the first day
     * @param until the last day
     * @return each person's last self-report in those days, by the person's id; one GROUP BY
     */
    public Map<String, LocalDate> lastSelfReports(LocalDate from, LocalDate until) {
        Map<String, LocalDate> last = new HashMap<>();
        em.createQuery("select r.personId, max(r.reportedOn) from SelfReport r where r.reportedOn between :from and :until"
                + " group by r.personId", Object[].class).setParameter("from", from).setParameter("until", until)
                .getResultStream().forEach(row -> last.put((String) row[0], (LocalDate) row[1]));
        return last;
    }

    /**
     * The persons of the offices the caller reads who were under supervision on a day and, although
     * supervised since a first day, made no self-report from that day to a last one: an anti-join on the
     * self-reports' (person, day) index.
     *
     * @param day the day they were under supervision
     * @param from the first day of the period without a report (they were supervised since)
     * @param until the last day of the period
     * @param page which of them
     * @return the page of persons, by name
     */
    public ResultPage<Person> withoutSelfReport(LocalDate day, LocalDate from, LocalDate until, PageRequest page) {
        OfficeFilter readable = offices.readable();
        String where = " where " + readable.condition("p.office") + " and p.supervisedFrom <= :from"
                + " and (p.supervisedUntil is null or p.supervisedUntil > :day)" + STANDING
                + " and not exists (select r from SelfReport r where r.personId = p.id"
                + " and r.reportedOn between :from and :until)";
        TypedQuery<Person> rows = readable.bind(em.createQuery("select p from Person p" + where
                + " order by p.familyName, p.givenName, p.id", Person.class));
        TypedQuery<Long> count = readable.bind(em.createQuery("select count(p) from Person p" + where, Long.class));
        for (TypedQuery<?> query : List.of(rows, count)) {
            query.setParameter("day", day).setParameter("from", from).setParameter("until", until);
        }
        return new ResultPage<>(rows.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList(),
                page.offset(), count.getSingleResult());
    }

    /**
     * Puts a person's name keys in place of the ones kept before.
     *
     * @param id the person
     * @param keys the keys of all their names; empty to forget them (an anonymised person)
     * @param birthYear their year of birth
     */
    public void replaceNameKeys(PersonId id, Set<String> keys, int birthYear) {
        em.createQuery("delete from NameKey k where k.personId = :person").setParameter("person", id.toString())
                .executeUpdate();
        keys.forEach(key -> em.persist(new NameKey(id, key, birthYear)));
    }

    /**
     * Finds the persons who share name keys with a name, born within the years given: an index range on
     * {@code (NAME_KEY, BIRTH_YEAR)}, never a scan of the registry.
     *
     * @param keys the name's keys
     * @param fromYear the earliest year of birth
     * @param toYear the latest year of birth
     * @param limit the most to return, those sharing the most keys first
     * @return the persons' ids
     */
    public List<PersonId> sharingNameKeys(Set<String> keys, int fromYear, int toYear, int limit) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select k.personId from NameKey k where k.nameKey in :keys"
                        + " and k.birthYear between :fromYear and :toYear group by k.personId"
                        + " order by count(k) desc, k.personId", String.class)
                .setParameter("keys", keys).setParameter("fromYear", fromYear).setParameter("toYear", toYear)
                .setMaxResults(limit).getResultStream().map(id -> PersonId.parse(id).orElseThrow()).toList();
    }

    /**
     * @param unhcrNumber a UNHCR individual number
     * @return the person of an office the caller reads who has it, if any
     */
    public Optional<Person> findByUnhcrNumber(String unhcrNumber) {
        OfficeFilter readable = offices.readable();
        return readable.bind(em.createQuery("select p from Person p where p.unhcrNumber = :number" + STANDING + " and "
                        + readable.condition("p.office"), Person.class))
                .setParameter("number", unhcrNumber).getResultStream().findFirst();
    }

    /**
     * @param id the person's id
     * @return the person, its row locked until the transaction ends, so that concurrent changes wait and
     *     then see the new version
     */
    public Optional<Person> findForUpdate(PersonId id) {
        return Optional.ofNullable(em.find(Person.class, id.toString(), LockModeType.PESSIMISTIC_WRITE))
                .filter(offices::mayRead);
    }

    /**
     * @param ids persons' ids
     * @return the persons among them that exist
     */
    public List<Person> findAll(Collection<PersonId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        OfficeFilter readable = offices.readable();
        return readable.bind(em.createQuery("select p from Person p where p.id in :ids and "
                        + readable.condition("p.office"), Person.class))
                .setParameter("ids", ids.stream().map(PersonId::toString).toList())
                .getResultList();
    }

    /**
     * @param unhcrNumber a UNHCR individual number
     * @return whether a person already holds it, in any office: UNHCR numbers are unique in the country
     */
    public boolean existsWithUnhcrNumber(String unhcrNumber) {
        return em.createQuery("select count(p) from Person p where p.unhcrNumber = :n" + STANDING, Long.class)
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
        OfficeFilter readable = offices.readable();
        StringBuilder where = new StringBuilder(" where " + readable.condition("p.office") + STANDING);
        Map<String, Object> parameters = new HashMap<>();
        if (nameContains != null && !nameContains.isBlank()) {
            // every word typed begins a word of the person's names or other spellings, in any spelling when the
            // word says enough (NameKeys.beginnings): one index range of the name keys per word, never a scan
            List<String> words = NameKeys.beginnings(nameContains);
            if (words.isEmpty()) {
                return new ResultPage<>(List.of(), page.offset(), 0);
            }
            for (int i = 0; i < words.size(); i++) {
                where.append(" and p.id in (select k.personId from NameKey k where k.nameKey like :word").append(i)
                        .append(")");
                parameters.put("word" + i, words.get(i));
            }
        }
        if (nationality != null && !nationality.isBlank()) {
            where.append(" and p.nationality = :nat");
            parameters.put("nat", nationality.strip().toUpperCase(Locale.ROOT));
        }
        if (search.status() != null) {
            where.append(" and p.status = :status");
            parameters.put("status", search.status());
        }
        if (search.vulnerability() != null) {
            where.append(" and p.id in (select v.personId from VulnerabilityFlag v where v.flag = :need)");
            parameters.put("need", search.vulnerability());
        }
        if (search.number() != null && !search.number().isBlank()) {
            // each a lookup on an indexed column: the UNHCR numbers, the document numbers, the card numbers
            where.append(" and (p.unhcrNumber = :number or p.unhcrCaseNumber = :number"
                    + " or p.id in (select d.personId from IdentityDocument d where d.number = :number)"
                    + " or p.id in (select c.personId from IdCard c where c.number = :number))");
            parameters.put("number", search.number().strip());
        }
        if (search.familyId() != null) {
            where.append(" and p.id in (select m.personId from FamilyMember m where m.familyId = :family)");
            parameters.put("family", search.familyId().toString());
        }
        if (search.within() != null) {
            if (search.within().isEmpty()) {
                return new ResultPage<>(List.of(), page.offset(), 0);
            }
            where.append(" and p.id in :within");
            parameters.put("within", search.within().stream().map(PersonId::toString).toList());
        }
        TypedQuery<Person> rows = em.createQuery("select p from Person p" + where
                + " order by " + orderBy(search.sort(), search.descending()), Person.class);
        TypedQuery<Long> count = em.createQuery("select count(p) from Person p" + where, Long.class);
        readable.bind(rows);
        readable.bind(count);
        parameters.forEach((name, value) -> {
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<Person> items = rows.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        return new ResultPage<>(items, page.offset(), count.getSingleResult());
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
     * @return persons under the supervision of the offices the caller reads that day
     */
    public long countUnderSupervision(LocalDate date) {
        OfficeFilter readable = offices.readable();
        return readable.bind(em.createQuery("select count(s) from OfficeStay s where" + STAYING + " and "
                        + readable.condition("s.office"), Long.class))
                .setParameter("date", date)
                .getSingleResult();
    }

    /**
     * @param attribute {@code nationality}, {@code sex} or {@code office}
     * @param date the day counted
     * @return persons under supervision that day, grouped by the attribute, largest first
     */
    public List<Tally> tallyUnderSupervision(GroupingAttribute attribute, LocalDate date) {
        OfficeFilter readable = offices.readable();
        String jpql = "select " + attribute.path + ", count(s) from OfficeStay s where" + STAYING + " and "
                + readable.condition("s.office") + " group by " + attribute.path + " order by count(s) desc, "
                + attribute.path;
        return readable.bind(em.createQuery(jpql, Object[].class))
                .setParameter("date", date)
                .getResultStream()
                .map(PersonRepository::tally)
                .toList();
    }

    /** A row of a GROUP BY with the count last: its keys joined by a colon, e.g. {@code AFG:FEMALE}. */
    private static Tally tally(Object[] row) {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < row.length - 1; i++) {
            key.append(i > 0 ? ":" : "").append(row[i]);
        }
        return new Tally(key.toString(), ((Number) row[row.length - 1]).longValue());
    }

    /**
     * @param date the day counted
     * @param bornAfter the bounds of the bands, youngest first: a person born after the first bound is in the
     *     first band, one born on or before it and after the second in the second, and so on
     * @return the persons under supervision that day in each band, one more band than bounds; one query
     */
    public List<Long> countByBirthBands(LocalDate date, List<LocalDate> bornAfter) {
        OfficeFilter readable = offices.readable();
        StringBuilder select = new StringBuilder("select ");
        for (int i = 0; i <= bornAfter.size(); i++) {
            String lower = i < bornAfter.size() ? "s.person.dateOfBirth > :b" + i : "1 = 1";
            String upper = i > 0 ? " and s.person.dateOfBirth <= :b" + (i - 1) : "";
            select.append(i > 0 ? ", " : "").append("sum(case when ").append(lower).append(upper)
                    .append(" then 1 else 0 end)");
        }
        var query = readable.bind(em.createQuery(select + " from OfficeStay s where" + STAYING + " and "
                + readable.condition("s.office"), Object[].class)).setParameter("date", date);
        for (int i = 0; i < bornAfter.size(); i++) {
            query.setParameter("b" + i, bornAfter.get(i));
        }
        Object[] sums = query.getSingleResult();
        return java.util.Arrays.stream(sums).map(n -> n == null ? 0L : ((Number) n).longValue()).toList();
    }

    /**
     * @param date the day counted
     * @return the persons under supervision that day per UNHCR status decided by then (the last decision on
     *     or before the day), largest first; those without a decision are left out
     */
    public List<Tally> tallyLatestUnhcrStatus(LocalDate date) {
        return tallyLatest("UnhcrStatusChange", date);
    }

    /**
     * @param date the day counted
     * @return the persons under supervision that day per supervision status they had that day, largest first
     */
    public List<Tally> tallyLatestSupervisionStatus(LocalDate date) {
        return tallyLatest("StatusChange", date);
    }

    /** Counts, per status, the persons under supervision whose last change of the kind by the day set it. */
    private List<Tally> tallyLatest(String change, LocalDate date) {
        OfficeFilter readable = offices.readable();
        String jpql = "select c.status, count(s) from OfficeStay s, " + change + " c where c.personId = s.person.id"
                + " and" + STAYING + " and " + readable.condition("s.office") + " and c.effectiveOn <= :date"
                + " and not exists (select l from " + change + " l where l.personId = c.personId and l.effectiveOn <= :date"
                + " and (l.effectiveOn > c.effectiveOn or (l.effectiveOn = c.effectiveOn and l.createdAt > c.createdAt)))"
                + " group by c.status order by count(s) desc, c.status";
        return readable.bind(em.createQuery(jpql, Object[].class)).setParameter("date", date).getResultStream()
                .map(row -> new Tally(String.valueOf(row[0]), ((Number) row[1]).longValue())).toList();
    }

    /**
     * @param date the day counted
     * @return the families with two or more persons under supervision that day, and the persons in them; one
     *     query
     */
    public long[] countFamilies(LocalDate date) {
        OfficeFilter readable = offices.readable();
        String jpql = "select count(distinct m.familyId), count(s) from OfficeStay s, FamilyMember m"
                + " where m.personId = s.person.id and" + STAYING + " and " + readable.condition("s.office")
                + " and (select count(o) from FamilyMember o, OfficeStay t where o.familyId = m.familyId"
                + " and t.person.id = o.personId and t.from <= :date and (t.until is null or t.until > :date)) > 1";
        Object[] row = readable.bind(em.createQuery(jpql, Object[].class)).setParameter("date", date).getSingleResult();
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }

    /**
     * @param from the first day
     * @param until the last day
     * @return the departures of persons of the offices the caller reads in those days per reason, largest first
     */
    public List<Tally> tallyDeparturesByReason(LocalDate from, LocalDate until) {
        OfficeFilter readable = offices.readable();
        String jpql = "select c.reason, count(c) from StatusChange c, Person p where p.id = c.personId"
                + " and c.status = :departed and c.effectiveOn between :from and :until and "
                + readable.condition("p.office") + " group by c.reason order by count(c) desc, c.reason";
        return readable.bind(em.createQuery(jpql, Object[].class)).setParameter("departed", SupervisionStatus.DEPARTED)
                .setParameter("from", from).setParameter("until", until).getResultStream()
                .map(row -> new Tally(row[0] == null ? "UNSPECIFIED" : String.valueOf(row[0]), ((Number) row[1]).longValue()))
                .toList();
    }

    /**
     * @param ids persons, at most a few hundred
     * @param adultBornOnOrBefore the latest birthday of an adult on the day counted
     * @return of those the caller reads: how many, the adult men, the adult women, the children; one query
     */
    public long[] countBySexAndAge(Collection<PersonId> ids, LocalDate adultBornOnOrBefore) {
        if (ids.isEmpty()) {
            return new long[4];
        }
        OfficeFilter readable = offices.readable();
        Object[] row = readable.bind(em.createQuery("select count(p),"
                        + " sum(case when p.sex = :male and p.dateOfBirth <= :adult then 1 else 0 end),"
                        + " sum(case when p.sex = :female and p.dateOfBirth <= :adult then 1 else 0 end),"
                        + " sum(case when p.dateOfBirth > :adult then 1 else 0 end)"
                        + " from Person p where p.id in :ids and " + readable.condition("p.office"), Object[].class))
                .setParameter("male", Sex.MALE).setParameter("female", Sex.FEMALE)
                .setParameter("adult", adultBornOnOrBefore)
                .setParameter("ids", ids.stream().map(PersonId::toString).toList()).getSingleResult();
        long[] counts = new long[4];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = row[i] == null ? 0 : ((Number) row[i]).longValue();
        }
        return counts;
    }

    /**
     * @param ids persons, at most a few hundred
     * @return how many of them each family has, for the families they belong to; one GROUP BY
     */
    public Map<String, Long> countFamilyMembers(Collection<PersonId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, Long> members = new HashMap<>();
        em.createQuery("select m.familyId, count(m) from FamilyMember m where m.personId in :ids group by m.familyId",
                        Object[].class)
                .setParameter("ids", ids.stream().map(PersonId::toString).toList()).getResultStream()
                .forEach(row -> members.put((String) row[0], ((Number) row[1]).longValue()));
        return members;
    }

    /**
     * @param from the first day
     * @param until the last day
     * @return the persons of the offices the caller reads born under supervision in those days
     */
    public long countBirths(LocalDate from, LocalDate until) {
        OfficeFilter readable = offices.readable();
        return readable.bind(em.createQuery("select count(p) from Person p where p.cameBy = :birth"
                        + " and p.supervisedFrom between :from and :until" + STANDING + " and "
                        + readable.condition("p.office"), Long.class))
                .setParameter("birth", Person.CameBy.BIRTH).setParameter("from", from).setParameter("until", until)
                .getSingleResult();
    }

    /**
     * @param date the day counted
     * @return the persons under supervision that day per specific need, largest first
     */
    public List<Tally> tallyNeedsUnderSupervision(LocalDate date) {
        OfficeFilter readable = offices.readable();
        String jpql = "select v.flag, count(s) from OfficeStay s, VulnerabilityFlag v where v.personId = s.person.id"
                + " and" + STAYING + " and " + readable.condition("s.office")
                + " group by v.flag order by count(s) desc, v.flag";
        return readable.bind(em.createQuery(jpql, Object[].class))
                .setParameter("date", date)
                .getResultStream()
                .map(row -> new Tally(String.valueOf(row[0]), ((Number) row[1]).longValue()))
                .toList();
    }

    /**
     * @param dateField the first day of stays (arrivals) or their last (departures)
     * @param from the first day counted
     * @param to the last day counted
     * @param byTransfer whether to count the stays begun or ended by a transfer, or the others
     * @return how many stays have the date in each month of the range, months without any left out
     */
    public Map<YearMonth, Long> countPerMonth(MovementDate dateField, LocalDate from, LocalDate to,
            boolean byTransfer) {
        String field = "s." + dateField.field;
        String month = "extract(year from " + field + "), extract(month from " + field + ")";
        Map<YearMonth, Long> counts = new HashMap<>();
        countStays(month, dateField, from, to, byTransfer).forEach(row -> counts.put(
                YearMonth.of(((Number) row[0]).intValue(), ((Number) row[1]).intValue()), ((Number) row[2]).longValue()));
        return counts;
    }

    /**
     * @param dateField the first day of stays (arrivals) or their last (departures)
     * @param from the first day counted
     * @param to the last day counted
     * @param byTransfer whether to count the stays begun or ended by a transfer, or the others
     * @return how many stays have the date in the range, per office id, offices without any left out
     */
    public Map<String, Long> countPerOffice(MovementDate dateField, LocalDate from, LocalDate to, boolean byTransfer) {
        Map<String, Long> counts = new HashMap<>();
        countStays("s.office", dateField, from, to, byTransfer)
                .forEach(row -> counts.put(String.valueOf(row[0]), ((Number) row[1]).longValue()));
        return counts;
    }

    /** The stays whose date falls in the range, begun or ended as asked, counted by the grouping given. */
    private java.util.stream.Stream<Object[]> countStays(String groupBy, MovementDate dateField, LocalDate from,
            LocalDate to, boolean byTransfer) {
        OfficeFilter readable = offices.readable();
        String field = "s." + dateField.field;
        String jpql = "select " + groupBy + ", count(s) from OfficeStay s where " + field + " between :from and :to"
                + " and s." + dateField.changeField + " = :change and " + readable.condition("s.office")
                + " group by " + groupBy;
        return readable.bind(em.createQuery(jpql, Object[].class))
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("change", byTransfer ? StayChange.TRANSFER : StayChange.SUPERVISION)
                .getResultStream();
    }

    /** @param stay a new stay to store */
    public void add(OfficeStay stay) {
        em.persist(stay);
    }

    /**
     * @param person a person the caller may read
     * @return the person's stays with offices, oldest first
     */
    public List<OfficeStay> staysOf(Person person) {
        return em.createQuery("select s from OfficeStay s where s.person = :person order by s.from", OfficeStay.class)
                .setParameter("person", person)
                .getResultList();
    }

    /**
     * @param person a person under supervision
     * @return the persons of the same UNHCR case under the supervision of the same office, the person
     *     among them, each locked until the transaction ends
     */
    public List<Person> familyUnderSupervision(Person person) {
        if (person.unhcrCaseNumber() == null) {
            return List.of(person);
        }
        List<Person> family = new java.util.ArrayList<>(em.createQuery("select p from Person p"
                        + " where p.unhcrCaseNumber = :case and p.office = :office and p.supervisedUntil is null" + STANDING,
                        Person.class)
                .setParameter("case", person.unhcrCaseNumber())
                .setParameter("office", person.office())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList());
        family.sort(java.util.Comparator.comparing((Person p) -> p != person).thenComparing(p -> p.id().toString()));
        return family;
    }

    /** The dates whose months are counted as movements. */
    public enum MovementDate {
        /** A stay began: an arrival. */
        ARRIVAL("from", "begunBy"),
        /** A stay ended: a departure. */
        DEPARTURE("until", "endedBy");

        private final String field;
        private final String changeField;

        MovementDate(String field, String changeField) {
            this.field = field;
            this.changeField = changeField;
        }
    }

    /**
     * The person attributes statistics may be grouped by; a closed set, so that no caller text reaches
     * the query.
     */
    public enum GroupingAttribute {
        /** Group by ISO 3166-1 alpha-3 nationality. */
        NATIONALITY("s.person.nationality"),
        /** Group by recorded sex. */
        SEX("s.person.sex"),
        /** Group by nationality, then sex: keys such as {@code AFG:FEMALE}. */
        NATIONALITY_AND_SEX("s.person.nationality, s.person.sex"),
        /** Group by the supervising office's id. */
        OFFICE("s.office");

        private final String path;

        GroupingAttribute(String path) {
            this.path = path;
        }
    }
}
