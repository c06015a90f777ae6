package org.suaka.shelter.internal.persistence;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.suaka.platform.api.PageRequest;
import org.suaka.platform.api.ResultPage;
import org.suaka.platform.office.OfficeFilter;
import org.suaka.platform.office.OfficeScope;
import org.suaka.registry.api.PersonId;
import org.suaka.shelter.api.Mark;
import org.suaka.shelter.api.PermitState;
import org.suaka.shelter.api.ShelterId;
import org.suaka.shelter.internal.domain.ExitPermit;
import org.suaka.shelter.internal.domain.PresenceCheck;
import org.suaka.shelter.internal.domain.PresenceMark;

/** Presence checks and their marks ({@code SHL_PRESENCE_CHECK}, {@code SHL_PRESENCE_MARK}). */
@ApplicationScoped
public class PresenceRepository {

    @PersistenceContext(unitName = "shelter")
    private EntityManager em;

    @Inject
    private OfficeScope offices;

    protected PresenceRepository() {
        // for CDI
    }

    /**
     * @param em the entity manager to use, for tests outside a container
     * @param offices the offices the caller reads
     */
    public PresenceRepository(EntityManager em, OfficeScope offices) {
        this.em = em;
        this.offices = offices;
    }

    /**
     * @param shelterId a shelter
     * @param day a day
     * @param lock whether to lock it until the transaction ends
     * @return the check of that shelter and day, if taken
     */
    public Optional<PresenceCheck> find(ShelterId shelterId, LocalDate day, boolean lock) {
        var query = em.createQuery("select c from PresenceCheck c where c.shelterId = :shelter and c.day = :day",
                PresenceCheck.class).setParameter("shelter", shelterId.toString()).setParameter("day", day);
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst();
    }

    /** @param check a new check, written at once so that a second officer's insert of the same day fails */
    public void add(PresenceCheck check) {
        em.persist(check);
        em.flush();
    }

    /** @param mark a mark to keep */
    public void add(PresenceMark mark) {
        em.persist(mark);
    }

    /** Writes the pending changes now. */
    public void flush() {
        em.flush();
    }

    /** @param checkId a check whose marks are replaced */
    public void removeMarks(UUID checkId) {
        em.createQuery("delete from PresenceMark m where m.checkId = :check").setParameter("check", checkId.toString())
                .executeUpdate();
    }

    /**
     * @param checkId a check
     * @return its marks by person
     */
    public Map<PersonId, PresenceMark> marksOf(UUID checkId) {
        Map<PersonId, PresenceMark> marks = new HashMap<>();
        em.createQuery("select m from PresenceMark m where m.checkId = :check", PresenceMark.class)
                .setParameter("check", checkId.toString()).getResultStream().forEach(m -> marks.put(m.personId(), m));
        return marks;
    }

    /**
     * @param persons persons
     * @param day a day
     * @return their marks of the checks after the day, per person in the order of the days; one query
     */
    public List<PresenceMark> marksAfter(Collection<PersonId> persons, LocalDate day) {
        if (persons.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select m from PresenceMark m where m.personId in :persons and m.day > :day"
                        + " order by m.personId, m.day", PresenceMark.class)
                .setParameter("persons", List.copyOf(persons)).setParameter("day", day).getResultList();
    }

    /**
     * @param persons persons
     * @param day a day
     * @return each one's run of unexplained absences at their last check before the day; one query
     */
    public Map<PersonId, Integer> streaksBefore(Collection<PersonId> persons, LocalDate day) {
        Map<PersonId, Integer> streaks = new HashMap<>();
        if (persons.isEmpty()) {
            return streaks;
        }
        em.createQuery("select m.personId, m.absentStreak from PresenceMark m where m.personId in :persons"
                        + " and m.day = (select max(n.day) from PresenceMark n where n.personId = m.personId and n.day < :day)",
                        Object[].class)
                .setParameter("persons", List.copyOf(persons)).setParameter("day", day).getResultStream()
                .forEach(row -> streaks.put((PersonId) row[0], ((Number) row[1]).intValue()));
        return streaks;
    }

    /**
     * @param persons persons
     * @param day a day
     * @return the exit permits that have each person away that day: approved and not back, or back after it
     */
    public Map<PersonId, ExitPermit> permitsCovering(Collection<PersonId> persons, LocalDate day) {
        Map<PersonId, ExitPermit> permits = new HashMap<>();
        if (persons.isEmpty()) {
            return permits;
        }
        LocalDateTime start = day.atStartOfDay();
        em.createQuery("select p from ExitPermit p where p.personId in :persons and p.leaveAt < :end"
                        + " and ((p.state = :approved) or (p.state = :returned and p.returnedAt >= :start))"
                        + " order by p.leaveAt", ExitPermit.class)
                .setParameter("persons", List.copyOf(persons)).setParameter("end", start.plusDays(1))
                .setParameter("start", start).setParameter("approved", PermitState.APPROVED)
                .setParameter("returned", PermitState.RETURNED).getResultStream()
                .forEach(permit -> permits.put(permit.personId(), permit));
        return permits;
    }

    /**
     * @param from the first day
     * @param to the last day
     * @return per check of those days in the shelters the caller reads and per mark: how many, and how many of
     *     them flagged (a run of unexplained absences is counted only on a flagged mark); one GROUP BY
     */
    public List<MarkCount> countMarks(LocalDate from, LocalDate to) {
        OfficeFilter readable = offices.readable();
        return readable.bind(em.createQuery("select c.shelterId, c.day, m.mark, count(m),"
                        + " sum(case when m.absentStreak > 0 then 1 else 0 end)"
                        + " from PresenceCheck c, PresenceMark m where m.checkId = c.id and c.day between :from and :to and "
                        + readable.condition("c.office") + " group by c.shelterId, c.day, m.mark order by c.shelterId, c.day",
                        Object[].class))
                .setParameter("from", from).setParameter("to", to).getResultStream()
                .map(row -> new MarkCount(ShelterId.parse((String) row[0]).orElseThrow(), (LocalDate) row[1], (Mark) row[2],
                        ((Number) row[3]).longValue(), row[4] == null ? 0 : ((Number) row[4]).longValue())).toList();
    }

    /**
     * The marks of one kind in one check.
     *
     * @param shelterId the shelter checked
     * @param day the day
     * @param mark the mark
     * @param count how many persons got it
     * @param flagged how many of them were flagged
     */
    public record MarkCount(ShelterId shelterId, LocalDate day, Mark mark, long count, long flagged) {
    }

    /**
     * @param minimum the least run of unexplained absences
     * @param page which of them
     * @return the last marks of the persons whose run reached it, of the offices the caller reads, longest first
     */
    public ResultPage<Streak> alerts(int minimum, PageRequest page) {
        OfficeFilter readable = offices.readable();
        String where = " from PresenceMark m, PresenceCheck c where c.id = m.checkId and m.absentStreak >= :minimum"
                + " and m.day = (select max(n.day) from PresenceMark n where n.personId = m.personId) and "
                + readable.condition("c.office");
        var rows = readable.bind(em.createQuery("select m.personId, m.shelterId, m.day, m.absentStreak" + where
                + " order by m.absentStreak desc, m.day desc", Object[].class)).setParameter("minimum", minimum);
        var count = readable.bind(em.createQuery("select count(m)" + where, Long.class)).setParameter("minimum", minimum);
        return new ResultPage<>(rows.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultStream()
                .map(row -> new Streak((PersonId) row[0], ShelterId.parse((String) row[1]).orElseThrow(),
                        (LocalDate) row[2], ((Number) row[3]).intValue())).toList(), page.offset(), count.getSingleResult());
    }

    /**
     * A person's run of unexplained absences at their last check.
     *
     * @param personId the person
     * @param shelterId the shelter checked
     * @param day the day of the last check
     * @param absentStreak the run
     */
    public record Streak(PersonId personId, ShelterId shelterId, LocalDate day, int absentStreak) {
    }
}
