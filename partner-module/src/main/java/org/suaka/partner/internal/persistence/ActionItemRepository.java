package org.suaka.partner.internal.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.suaka.partner.api.ActionStatus;
import org.suaka.partner.api.VisitId;
import org.suaka.partner.internal.domain.ActionItem;
import org.suaka.platform.api.PageRequest;
import org.suaka.platform.api.ResultPage;
import org.suaka.platform.office.OfficeQuery;
import org.suaka.platform.office.OfficeScope;

/** Action items in {@code PTR_ACTION_ITEM}, of the offices the caller reads. */
@ApplicationScoped
public class ActionItemRepository {

    @PersistenceContext(unitName = "partner")
    private EntityManager em;

    @Inject
    private OfficeScope offices;

    protected ActionItemRepository() {
        // for CDI
    }

    /**
     * @param em the entity manager to use, for tests outside a container
     * @param offices the offices the caller reads
     */
    public ActionItemRepository(EntityManager em, OfficeScope offices) {
        this.em = em;
        this.offices = offices;
    }

    /** @param item a new action item to store */
    public void add(ActionItem item) {
        em.persist(item);
        em.flush();
    }

    /** Writes the pending changes now. */
    public void flush() {
        em.flush();
    }

    /**
     * @param id an action item's id
     * @return the action item, locked until the transaction ends, when the caller reads its office
     */
    public Optional<ActionItem> findForUpdate(UUID id) {
        return Optional.ofNullable(em.find(ActionItem.class, id.toString(), LockModeType.PESSIMISTIC_WRITE))
                .filter(offices::mayRead);
    }

    /**
     * @param visitId a visit
     * @return its action items, oldest first
     */
    public List<ActionItem> of(VisitId visitId) {
        return OfficeQuery.over(ActionItem.class, "a", offices.readable())
                .and("a.visit.id = :visit", "visit", visitId.toString())
                .page(em, "a.createdAt, a.id", new PageRequest(0, PageRequest.MAX_LIMIT)).items();
    }

    /**
     * @param page which slice
     * @return the open action items, soonest due first
     */
    public ResultPage<ActionItem> open(PageRequest page) {
        return OfficeQuery.over(ActionItem.class, "a", offices.readable())
                .and("a.status = :open", "open", ActionStatus.OPEN)
                .page(em, "a.dueOn, a.id", page);
    }
}
