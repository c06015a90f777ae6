package org.suaka.web.audit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.suaka.platform.api.PageRequest;
import org.suaka.platform.api.ResultPage;

/**
 * Appends to, searches and verifies the hash-chained audit trail. Appends are serialised on the chain's
 * head row, so the chain stays linear however many requests are recorded at once; each append is its
 * own transaction, so that the record of an attempt survives the attempt's failure.
 */
@ApplicationScoped
public class AuditTrail {

    /** The hash before the first entry. */
    static final String GENESIS = "0".repeat(64);

    @PersistenceContext(unitName = "web")
    EntityManager em;

    protected AuditTrail() {
        // for CDI
    }

    /**
     * @param em the entity manager to use, for tests outside a container
     */
    public AuditTrail(EntityManager em) {
        this.em = em;
    }

    /**
     * @param event what to record
     * @return the new entry
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public AuditRecord record(AuditEvent event) {
        AuditHead head = em.find(AuditHead.class, AuditHead.ID, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            head = new AuditHead(GENESIS);
            em.persist(head);
        }
        AuditEntry entry = new AuditEntry(head.lastSeq() + 1, LocalDateTime.now(ZoneOffset.UTC), event, head.lastHash());
        em.persist(entry);
        head.advance(entry.seq(), entry.hash());
        return entry.toRecord();
    }

    /**
     * @param actor a user name, or empty for all
     * @param entityId a record id, or empty for all
     * @param from the first day (UTC), or null
     * @param to the last day (UTC), or null
     * @param page the slice to return
     * @return matching entries, latest first
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ResultPage<AuditRecord> search(String actor, String entityId, LocalDate from, LocalDate to, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (actor != null && !actor.isBlank()) {
            where.append(" and a.actor = :actor");
            parameters.put("actor", actor.strip());
        }
        if (entityId != null && !entityId.isBlank()) {
            where.append(" and a.entityId = :entityId");
            parameters.put("entityId", entityId.strip());
        }
        if (from != null) {
            where.append(" and a.recordedAt >= :from");
            parameters.put("from", from.atStartOfDay());
        }
        if (to != null) {
            where.append(" and a.recordedAt < :to");
            parameters.put("to", to.plusDays(1).atStartOfDay());
        }
        var rows = em.createQuery("select a from AuditEntry a" + where + " order by a.seq desc", AuditEntry.class);
        var count = em.createQuery("select count(a) from AuditEntry a" + where, Long.class);
        parameters.forEach((name, value) -> {
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<AuditRecord> items = rows.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultStream()
                .map(AuditEntry::toRecord).toList();
        return new ResultPage<>(items, page.offset(), count.getSingleResult());
    }

    /**
     * Recomputes every hash in order. An edited entry no longer matches its hash; a deleted or inserted
     * entry breaks the sequence or the link to its predecessor; a truncated chain no longer ends where
     * the head says.
     *
     * @return whether the chain is intact, and where it breaks
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AuditVerification verify() {
        String previous = GENESIS;
        long expectedSeq = 1;
        long checked = 0;
        try (var entries = em.createQuery("select a from AuditEntry a order by a.seq", AuditEntry.class)
                .getResultStream()) {
            for (AuditEntry entry : (Iterable<AuditEntry>) entries::iterator) {
                if (entry.seq() != expectedSeq || !entry.previousHash().equals(previous)
                        || !entry.computeHash().equals(entry.hash())) {
                    return new AuditVerification(false, checked, expectedSeq);
                }
                previous = entry.hash();
                expectedSeq++;
                checked++;
            }
        }
        AuditHead head = em.find(AuditHead.class, AuditHead.ID);
        long headSeq = head == null ? 0 : head.lastSeq();
        if (headSeq != checked || (head != null && !head.lastHash().equals(previous))) {
            return new AuditVerification(false, checked, checked + 1);
        }
        return new AuditVerification(true, checked, 0);
    }
}
