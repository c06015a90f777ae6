package org.suaka.office.internal;

import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.suaka.platform.office.OfficeId;

/**
 * Looks up which office a user works for. An enterprise bean of the office module, so that the office
 * persistence unit is used from this module on every server, whichever module's call asked for the
 * caller's office.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class OfficeMemberships {

    @PersistenceContext(unitName = "office")
    private EntityManager em;

    /** For the container. */
    public OfficeMemberships() {
    }

    /**
     * @param em the entity manager to use, for tests outside a container
     */
    OfficeMemberships(EntityManager em) {
        this.em = em;
    }

    /**
     * @param user a user's name
     * @return the office they are assigned to; while the installation has one Rudenim only, that Rudenim
     *     for a user assigned to none; else empty
     */
    public Optional<OfficeId> officeOf(String user) {
        OfficeMember member = em.find(OfficeMember.class, user);
        if (member != null) {
            return Optional.of(member.office());
        }
        var rudenims = em.createQuery("select o from Office o where o.parent is not null", Office.class)
                .setMaxResults(2).getResultList();
        return rudenims.size() == 1 ? Optional.of(rudenims.get(0).id()) : Optional.empty();
    }
}
