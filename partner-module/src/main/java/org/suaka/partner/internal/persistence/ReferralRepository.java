package org.suaka.partner.internal.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.suaka.partner.api.OrganisationId;
import org.suaka.partner.api.ReferralQuery;
import org.suaka.partner.api.ReferralStatus;
import org.suaka.partner.api.ReferralTally;
import org.suaka.partner.api.ServiceKind;
import org.suaka.partner.internal.domain.Referral;
import org.suaka.platform.api.ResultPage;
import org.suaka.platform.office.OfficeFilter;
import org.suaka.platform.office.OfficeQuery;
import org.suaka.platform.office.OfficeScope;

/** Referrals in {@code PTR_REFERRAL}, of the offices the caller reads. */
@ApplicationScoped
public class ReferralRepository {

    @PersistenceContext(unitName = "partner")
    private EntityManager em;

    @Inject
    private OfficeScope offices;

    protected ReferralRepository() {
        // for CDI
    }

    /**
     * @param em the entity manager to use, for tests outside a container
     * @param offices the offices the caller reads
     */
    public ReferralRepository(EntityManager em, OfficeScope offices) {
        this.em = em;
        this.offices = offices;
    }

    /** @param referral a new referral to store */
    public void add(Referral referral) {
        em.persist(referral);
        em.flush();
    }

    /** Writes the pending changes now. */
    public void flush() {
        em.flush();
    }

    /**
     * @param id a referral's id
     * @param lock whether to lock it until the transaction ends
     * @return the referral, when the caller reads its office
     */
    public Optional<Referral> find(UUID id, boolean lock) {
        Referral found = lock ? em.find(Referral.class, id.toString(), LockModeType.PESSIMISTIC_WRITE)
                : em.find(Referral.class, id.toString());
        return Optional.ofNullable(found).filter(offices::mayRead);
    }

    /**
     * @param query the filter and the page
     * @param onlyOf the one organisation whose referrals may be returned, or null for any
     * @return the referrals, latest first; paged in the database
     */
    public ResultPage<Referral> list(ReferralQuery query, OrganisationId onlyOf) {
        return OfficeQuery.over(Referral.class, "r", offices.readable())
                .and("r.organisation.id = :only", "only", onlyOf == null ? null : onlyOf.toString())
                .and("r.organisation.id = :organisation", "organisation",
                        query.organisationId() == null ? null : query.organisationId().toString())
                .and("r.personId = :person", "person", query.personId())
                .and("r.status = :status", "status", query.status())
                .and("r.requestedOn >= :from", "from", query.from())
                .and("r.requestedOn <= :to", "to", query.to())
                .page(em, "r.requestedOn desc, r.id", query.page());
    }

    /**
     * @param from the first day
     * @param until the last day
     * @return the referrals requested on those days per partner, service and status
     */
    public List<ReferralTally> tally(LocalDate from, LocalDate until) {
        OfficeFilter readable = offices.readable();
        return readable.bind(em.createQuery("select o.name, r.service, r.status, count(r) from Referral r join r.organisation o"
                        + " where r.requestedOn >= :from and r.requestedOn <= :until and " + readable.condition("r.office")
                        + " group by o.name, r.service, r.status order by o.name, r.service, r.status", Object[].class))
                .setParameter("from", from).setParameter("until", until)
                .getResultStream().map(row -> new ReferralTally((String) row[0], (ServiceKind) row[1], (ReferralStatus) row[2],
                        ((Number) row[3]).longValue())).toList();
    }
}
