package org.suaka.audit.internal;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.suaka.platform.access.Roles;
import org.suaka.platform.audit.AuditEvent;
import org.suaka.platform.audit.AuditLog;

/**
 * Appends each event as a row of its own, committed in its own transaction before the call returns, so
 * that the record of an attempt survives the attempt's failure. Nothing shared is locked: the chain is
 * built afterwards by {@link AuditChainer}.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER, Roles.PARTNER})
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DurableAuditLog implements AuditLog {

    @PersistenceContext(unitName = "audit")
    EntityManager em;

    @Override
    public void append(AuditEvent event) {
        em.persist(new AuditEntry(event));
    }
}
