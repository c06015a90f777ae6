package org.suaka.partner.internal.persistence;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.suaka.partner.api.AssistanceKind;
import org.suaka.partner.api.AssistanceQuery;
import org.suaka.partner.api.AssistanceStatus;
import org.suaka.partner.api.AssistanceTally;
import org.suaka.partner.api.OrganisationId;
import org.suaka.partner.internal.domain.Assistance;
import org.suaka.platform.api.ResultPage;
import org.suaka.platform.office.OfficeFilter;
import org.suaka.platform.office.OfficeQuery;
import org.suaka.platform.office.OfficeScope;
import org.suaka.registry.api.PersonId;

/** Assistance records in {@code PTR_ASSISTANCE}, of the offices the caller reads. */
@ApplicationScoped
public class AssistanceRepository {

    @PersistenceContext(unitName = "partner")
    private EntityManager em;

    @Inject
    private OfficeScope offices;

    protected AssistanceRepository() {
        // for CDI
    }

    /**
     * @param em the entity manager to use, for tests outside a container
     * @param offices the offices the caller reads
     */
    public AssistanceRepository(EntityManager em, OfficeScope offices) {
        this.em = em;
        this.offices = offices;
    }

    /** @param assistance a new record to store */
    public void add(Assistance assistance) {
        em.persist(assistance);
        em.flush();
    }

    /** Writes the pending changes now. */
    public void flush() {
        em.flush();
    }

    /**
     * @param id a record's id
     * @param lock whether to lock it until the transaction ends
     * @return the record, when the caller reads its office
     */
    public Optional<Assistance> find(UUID id, boolean lock) {
        Assistance found = lock ? em.find(Assistance.class, id.toString(), LockModeType.PESSIMISTIC_WRITE)
                : em.find(Assistance.class, id.toString());
        return Optional.ofNullable(found).filter(offices::mayRead);
    }

    /**
     * @param organisation the partner
     * @param kind what was given
     * @param month the month
     * @param personId the recipient
     * @param familyId the recipient's family, or null
     * @return whether counted assistance of that partner, kind and month already went to the person or the family
     */
    public boolean recorded(OrganisationId organisation, AssistanceKind kind, YearMonth month, PersonId personId, UUID familyId) {
        return !em.createQuery("select a.id from Assistance a where a.organisation.id = :organisation and a.kind = :kind"
                        + " and a.monthStart = :month and a.status = :recorded and (a.personId = :person or a.familyId = :family)",
                        String.class)
                .setParameter("organisation", organisation.toString()).setParameter("kind", kind)
                .setParameter("month", month.atDay(1)).setParameter("recorded", AssistanceStatus.RECORDED)
                .setParameter("person", personId).setParameter("family", familyId == null ? "-" : familyId.toString())
                .setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * @param query the filter and the page
     * @param onlyOf the one organisation whose records may be returned, or null for any
     * @return the records, latest month first; paged in the database
     */
    public ResultPage<Assistance> list(AssistanceQuery query, OrganisationId onlyOf) {
        return OfficeQuery.over(Assistance.class, "a", offices.readable())
                .and("a.organisation.id = :only", "only", onlyOf == null ? null : onlyOf.toString())
                .and("a.organisation.id = :organisation", "organisation",
                        query.organisationId() == null ? null : query.organisationId().toString())
                .and("a.personId = :person", "person", query.personId())
                .and("a.monthStart >= :from", "from", query.from() == null ? null : query.from().atDay(1))
                .and("a.monthStart <= :to", "to", query.to() == null ? null : query.to().atDay(1))
                .page(em, "a.monthStart desc, a.recordedOn desc, a.id", query.page());
    }

    /**
     * @param from the first month
     * @param until the last month
     * @return the counted records per month, partner and kind
     */
    public List<AssistanceTally> totals(YearMonth from, YearMonth until) {
        OfficeFilter readable = offices.readable();
        return readable.bind(em.createQuery("select a.monthStart, o.name, a.kind, count(a), sum(a.personsCovered),"
                        + " sum(coalesce(a.amount, 0)) from Assistance a join a.organisation o where a.monthStart >= :from"
                        + " and a.monthStart <= :until and a.status = :recorded and " + readable.condition("a.office")
                        + " group by a.monthStart, o.name, a.kind order by a.monthStart, o.name, a.kind", Object[].class))
                .setParameter("from", from.atDay(1)).setParameter("until", until.atDay(1))
                .setParameter("recorded", AssistanceStatus.RECORDED)
                .getResultStream().map(row -> new AssistanceTally(YearMonth.from((LocalDate) row[0]), (String) row[1],
                        (AssistanceKind) row[2], ((Number) row[3]).longValue(), ((Number) row[4]).longValue(),
                        ((Number) row[5]).longValue())).toList();
    }
}
