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
@jakarta.ejb.Stateless
@jakarta.annotation.security.DeclareRoles({org.suaka.platform.access.Roles.ADMIN, org.suaka.platform.access.Roles.SUPERVISOR, org.suaka.platform.access.Roles.OFFICER, org.suaka.platform.access.Roles.VIEWER, org.suaka.platform.access.Roles.PARTNER})
@jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
public class DurableAuditLog implements AuditLog {

    @PersistenceContext(unitName = "audit")
    EntityManager em;

    @Override
    public void append(AuditEvent event) {
        em.persist(new AuditEntry(event));
    }
}
