package org.suaka.audit.internal;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/**
 * Links waiting entries into the chain, one block per call, with the head row locked so that two nodes
 * never chain at once. Works on the entity manager it is given, in the caller's transaction.
 */
final class ChainBuilder {

    /** How many entries one block chains at most. */
    static final int BLOCK = 1000;

    private ChainBuilder() {
    }

    /**
     * @param em the entity manager, in a transaction
     * @return how many entries were chained
     */
    static int chainBlock(EntityManager em) {
        AuditHead head = em.find(AuditHead.class, AuditHead.ID, LockModeType.PESSIMISTIC_WRITE);
        List<AuditEntry> waiting = em.createQuery(
                "select e from AuditEntry e where e.chainSeq is null order by e.id", AuditEntry.class)
                .setMaxResults(BLOCK).getResultList();
        long seq = head.lastSeq();
        String previous = head.lastHash();
        for (AuditEntry entry : waiting) {
            seq++;
            entry.chain(seq, previous);
            previous = entry.hash();
        }
        head.advance(seq, previous);
        return waiting.size();
    }
}
