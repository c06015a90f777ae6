package org.suaka.shelter.internal.persistence;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.suaka.platform.api.ResultPage;
import org.suaka.platform.office.OfficeQuery;
import org.suaka.platform.office.OfficeScope;
import org.suaka.shelter.api.InspectionQuery;
import org.suaka.shelter.internal.domain.Inspection;

/** Inspections in {@code SHL_INSPECTION}, of the offices the caller reads. */
@ApplicationScoped
public class InspectionRepository {

    @PersistenceContext(unitName = "shelter")
    private EntityManager em;

    @Inject
    private OfficeScope offices;

    protected InspectionRepository() {
        // for CDI
    }

    /**
     * @param em the entity manager to use, for tests outside a container
     * @param offices the offices the caller reads
     */
    public InspectionRepository(EntityManager em, OfficeScope offices) {
        this.em = em;
        this.offices = offices;
    }

    /** @param inspection a new inspection to store */
    public void add(Inspection inspection) {
        em.persist(inspection);
        em.flush();
    }

    /** Writes the pending changes now. */
    public void flush() {
        em.flush();
    }

    /**
     * @param id an inspection's id
     * @param lock whether to lock it until the transaction ends
     * @return the inspection, when the caller reads its office
     */
    public Optional<Inspection> find(UUID id, boolean lock) {
        Inspection found = lock ? em.find(Inspection.class, id.toString(), LockModeType.PESSIMISTIC_WRITE)
                : em.find(Inspection.class, id.toString());
        return Optional.ofNullable(found).filter(offices::mayRead);
    }

    /**
     * @param query the filter and the page
     * @return the inspections, latest first; paged in the database
     */
    public ResultPage<Inspection> list(InspectionQuery query) {
        OfficeQuery<Inspection> inspections = OfficeQuery.over(Inspection.class, "i", offices.readable())
                .and("i.shelter.id = :shelter", "shelter", query.shelterId() == null ? null : query.shelterId().toString());
        if (query.openOnly()) {
            inspections.and("i.closedOn is null");
        }
        return inspections.page(em, "i.inspectedOn desc, i.id", query.page());
    }
}
