package org.suaka.audit.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.suaka.platform.audit.AuditEvent;
import org.suaka.platform.audit.AuditLog;

/**
 * Appends each event as a row of its own, committed in its own transaction before the call returns, so
 * that the record of an attempt survives the attempt's failure. Nothing shared is locked: the chain is
 * built afterwards by {@link AuditChainer}.
 */
@ApplicationScoped
public class DurableAuditLog implements AuditLog {

    @PersistenceContext(unitName = "audit")
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void append(AuditEvent event) {
        em.persist(new AuditEntry(event));
    }
}
