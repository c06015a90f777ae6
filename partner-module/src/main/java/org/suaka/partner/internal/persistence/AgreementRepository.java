package org.suaka.partner.internal.persistence;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.suaka.partner.api.OrganisationId;
import org.suaka.partner.internal.domain.Agreement;
import org.suaka.partner.internal.domain.AgreementScanContent;
import org.suaka.platform.api.PageRequest;
import org.suaka.platform.api.ResultPage;
import org.suaka.platform.office.OfficeQuery;
import org.suaka.platform.office.OfficeScope;

/** Agreements in {@code PTR_AGREEMENT} and their scans, of the offices the caller reads. */
@ApplicationScoped
public class AgreementRepository {

    @PersistenceContext(unitName = "partner")
    private EntityManager em;

    @Inject
    private OfficeScope offices;

    protected AgreementRepository() {
        // for CDI
    }

    /**
     * @param em the entity manager to use, for tests outside a container
     * @param offices the offices the caller reads
     */
    public AgreementRepository(EntityManager em, OfficeScope offices) {
        this.em = em;
        this.offices = offices;
    }

    /** @param agreement a new agreement to store */
    public void add(Agreement agreement) {
        em.persist(agreement);
        em.flush();
    }

    /**
     * @param id an agreement's id
     * @return the agreement, when the caller reads its office
     */
    public Optional<Agreement> find(UUID id) {
        return Optional.ofNullable(em.find(Agreement.class, id.toString())).filter(offices::mayRead);
    }

    /**
     * @param agreement an agreement
     * @param mediaType the scan's media type
     * @param content the scan
     */
    public void saveScan(Agreement agreement, String mediaType, byte[] content) {
        AgreementScanContent scan = em.find(AgreementScanContent.class, agreement.id().toString());
        if (scan == null) {
            em.persist(new AgreementScanContent(agreement.id(), mediaType, content));
        } else {
            scan.replace(mediaType, content);
        }
        agreement.scanned(mediaType);
        em.flush();
    }

    /**
     * @param agreement an agreement
     * @return its scan, when one is attached
     */
    public Optional<AgreementScanContent> scanOf(Agreement agreement) {
        return Optional.ofNullable(em.find(AgreementScanContent.class, agreement.id().toString()));
    }

    /**
     * @param organisationId only this partner's, or null
     * @param page which slice
     * @return the agreements, the latest to begin first
     */
    public ResultPage<Agreement> list(OrganisationId organisationId, PageRequest page) {
        return OfficeQuery.over(Agreement.class, "a", offices.readable())
                .and("a.organisation.id = :organisation", "organisation", organisationId == null ? null : organisationId.toString())
                .page(em, "a.validFrom desc, a.id", page);
    }

    /**
     * @param from the first day
     * @param until the last day
     * @param page which slice
     * @return the agreements ending on those days, soonest first
     */
    public ResultPage<Agreement> ending(LocalDate from, LocalDate until, PageRequest page) {
        return OfficeQuery.over(Agreement.class, "a", offices.readable())
                .and("a.validTo >= :from", "from", from).and("a.validTo <= :until", "until", until)
                .page(em, "a.validTo, a.id", page);
    }
}
