package org.suaka.shelter.internal.persistence;

import java.time.LocalDateTime;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.suaka.platform.api.ResultPage;
import org.suaka.platform.office.OfficeFilter;
import org.suaka.platform.office.OfficeQuery;
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
        OfficeQuery<ExitPermit> permits = OfficeQuery.over(ExitPermit.class, "p", offices.readable())
                .and("p.personId = :person", "person", query.personId());
        if (query.overdueOnly()) {
            permits.and("p.state = :approved and p.expectedReturnAt < :now").with("approved", PermitState.APPROVED)
                    .with("now", now);
            return permits.page(em, "p.expectedReturnAt, p.id", query.page());
        }
        return permits.and("p.state = :state", "state", query.state()).page(em, "p.leaveAt desc, p.id", query.page());
    }
}
