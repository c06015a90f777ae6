package org.suaka.audit.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Chains one block of waiting entries in a transaction of its own.
 */
@ApplicationScoped
public class ChainBlocks {

    @PersistenceContext(unitName = "audit")
    EntityManager em;

    /** @return how many entries were chained */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int chainBlock() {
        return ChainBuilder.chainBlock(em);
    }
}
