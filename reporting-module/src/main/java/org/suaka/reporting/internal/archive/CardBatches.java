package org.suaka.reporting.internal.archive;

import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.suaka.platform.access.Roles;

/**
 * The batches of ID cards in {@code RPT_CARD_BATCH}. Each change commits on its own, so that whoever follows
 * a batch sees its progress while the batch's own work is still under way.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER, Roles.PARTNER})
@PermitAll
public class CardBatches {

    @PersistenceContext(unitName = "reporting")
    private EntityManager em;

    /** @param batch a new batch to keep */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void add(CardBatch batch) {
        em.persist(batch);
    }

    /**
     * @param id a batch
     * @param looked how many persons were looked at
     * @param of how many there are
     * @param printed how many cards were printed so far
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void advance(UUID id, int looked, int of, int printed) {
        find(id).ifPresent(batch -> batch.advance(looked, of, printed));
    }

    /**
     * @param id a batch
     * @param code its document's verification code
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finish(UUID id, String code) {
        find(id).ifPresent(batch -> batch.finish(code));
    }

    /**
     * @param id a batch
     * @param why what stopped it
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void fail(UUID id, String why) {
        find(id).ifPresent(batch -> batch.fail(why));
    }

    /**
     * @param id a batch's id
     * @return the batch, whichever office asked for it
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<CardBatch> find(UUID id) {
        return Optional.ofNullable(em.find(CardBatch.class, id.toString()));
    }
}
