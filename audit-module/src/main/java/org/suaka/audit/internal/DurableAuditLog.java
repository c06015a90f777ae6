package org.suaka.audit.internal;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.suaka.platform.access.Roles;
import org.suaka.platform.access.SystemIdentity;
import org.suaka.platform.audit.AuditEvent;
import org.suaka.platform.audit.AuditLog;
import org.suaka.platform.office.OfficeId;
import org.suaka.platform.office.OfficeScope;
import org.suaka.platform.office.OfficeSelection;

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

    @Inject
    OfficeScope offices;

    /**
     * @param event the event, filed under the office of the user who caused it (for a failed sign-in, of
     *     the user it named), or of the office a system job acted for; under the top office when a job that
     *     acts for no office in particular, or a user of no office, caused it
     */
    @Override
    public void append(AuditEvent event) {
        OfficeId office = offices.home()
                .or(() -> event.actor().startsWith(SystemIdentity.PREFIX) ? OfficeSelection.current()
                        : offices.officeOf(event.actor()))
                .orElse(OfficeId.NATIONAL);
        em.persist(new AuditEntry(event, office));
    }
}
