package org.suaka.shelter.internal.persistence;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.suaka.platform.api.ResultPage;
import org.suaka.platform.office.OfficeFilter;
import org.suaka.platform.office.OfficeScope;
import org.suaka.shelter.api.PermitId;
import org.suaka.shelter.api.PermitQuery;
import org.suaka.shelter.api.PermitState;
import org.suaka.shelter.internal.domain.ExitPermit;

/** The exit permits in {@code SHL_EXIT_PERMIT}, of the offices the caller reads. */
@ApplicationScoped
public class PermitRepository {

    @PersistenceContext(unitName = "shelter")
    private EntityManager em;

    @Inject
    private OfficeScope offices;

    protected PermitRepository() {
        // for CDI
    }

    /**
     * @param em the entity manager to use, for tests outside a container
     * @param offices the offices the caller reads
     */
    public PermitRepository(EntityManager em, OfficeScope offices) {
        this.em = em;
        this.offices = offices;
    }

    /** @param permit a new permit to store */
    public void add(ExitPermit permit) {
        em.persist(permit);
        em.flush();
    }

    /** Writes the pending changes now, so that a stale version is known at once. */
    public void flush() {
        em.flush();
    }

    /**
     * @param id a permit's id
     * @return the permit, locked until the transaction ends, when the caller reads its office
     */
    public Optional<ExitPermit> findForUpdate(PermitId id) {
        return Optional.ofNullable(em.find(ExitPermit.class, id.toString(), LockModeType.PESSIMISTIC_WRITE))
                .filter(offices::mayRead);
    }

    /**
     * @param id a permit's id
     * @return the permit, when the caller reads its office
     */
    public Optional<ExitPermit> find(PermitId id) {
        return Optional.ofNullable(em.find(ExitPermit.class, id.toString())).filter(offices::mayRead);
    }

    /**
     * @param from the first day
     * @param to the last day
     * @param now the office's now
     * @param limit the most to return
     * @return the permits leaving in those days, the overdue ones first, then by leave
     */
    public java.util.List<ExitPermit> leavingBetween(java.time.LocalDate from, java.time.LocalDate to, LocalDateTime now,
            int limit) {
        OfficeFilter readable = offices.readable();
        return readable.bind(em.createQuery("select p from ExitPermit p where p.leaveAt >= :from and p.leaveAt < :to and "
                        + readable.condition("p.office") + " order by case when p.state = :approved and p.expectedReturnAt < :now"
                        + " then 0 else 1 end, p.leaveAt, p.id", ExitPermit.class))
                .setParameter("from", from.atStartOfDay()).setParameter("to", to.plusDays(1).atStartOfDay())
                .setParameter("approved", PermitState.APPROVED).setParameter("now", now)
                .setMaxResults(limit).getResultList();
    }

    /**
     * @param query the filter and the page
     * @param now the office's now, for the overdue ones
     * @return the matching permits, latest leave first, or the longest overdue first; paged in the database
     */
    public ResultPage<ExitPermit> list(PermitQuery query, LocalDateTime now) {
        OfficeFilter readable = offices.readable();
        StringBuilder where = new StringBuilder(" where " + readable.condition("p.office"));
        Map<String, Object> parameters = new HashMap<>();
        if (query.overdueOnly()) {
            where.append(" and p.state = :approved and p.expectedReturnAt < :now");
            parameters.put("approved", PermitState.APPROVED);
            parameters.put("now", now);
        } else if (query.state() != null) {
            where.append(" and p.state = :state");
            parameters.put("state", query.state());
        }
        if (query.personId() != null) {
            where.append(" and p.personId = :person");
            parameters.put("person", query.personId());
        }
        String order = query.overdueOnly() ? " order by p.expectedReturnAt, p.id" : " order by p.leaveAt desc, p.id";
        TypedQuery<ExitPermit> rows = readable.bind(em.createQuery("select p from ExitPermit p" + where + order,
                ExitPermit.class));
        TypedQuery<Long> count = readable.bind(em.createQuery("select count(p) from ExitPermit p" + where, Long.class));
        parameters.forEach((name, value) -> {
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        return new ResultPage<>(rows.setFirstResult(query.page().offset()).setMaxResults(query.page().limit())
                .getResultList(), query.page().offset(), count.getSingleResult());
    }
}
