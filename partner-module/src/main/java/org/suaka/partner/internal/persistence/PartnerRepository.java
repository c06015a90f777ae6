package org.suaka.partner.internal.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.suaka.partner.api.OrganisationId;
import org.suaka.partner.api.VisitId;
import org.suaka.partner.internal.domain.Organisation;
import org.suaka.partner.internal.domain.Visit;

/**
 * Organisations and visits in the {@code PTR_} tables.
 */
@ApplicationScoped
public class PartnerRepository {

    @PersistenceContext(unitName = "partner")
    private EntityManager em;

    protected PartnerRepository() {
        // for CDI
    }

    /**
     * @param em the entity manager to use, for tests outside a container
     */
    public PartnerRepository(EntityManager em) {
        this.em = em;
    }

    /** @param organisation a new organisation to store; written at once, so that its version and any constraint violation are known now */
    public void add(Organisation organisation) {
        em.persist(organisation);
        em.flush();
    }

    /** @param visit a new visit to store; written at once, so that its version and any constraint violation are known now */
    public void add(Visit visit) {
        em.persist(visit);
        em.flush();
    }

    /**
     * @param id the organisation's id
     * @return the organisation, or empty
     */
    public Optional<Organisation> find(OrganisationId id) {
        return Optional.ofNullable(em.find(Organisation.class, id.toString()));
    }

    /**
     * @param id the visit's id
     * @return the visit, or empty
     */
    public Optional<Visit> find(VisitId id) {
        return Optional.ofNullable(em.find(Visit.class, id.toString()));
    }

    /**
     * @param name an organisation name
     * @return whether an organisation has that name, ignoring case
     */
    public boolean existsWithName(String name) {
        return em.createQuery("select count(o) from Organisation o where lower(o.name) = lower(:name)", Long.class)
                .setParameter("name", name.strip())
                .getSingleResult() > 0;
    }

    /**
     * @param organisationId a partner organisation
     * @return its visits, latest first
     */
    public List<Visit> visitsOf(OrganisationId organisationId) {
        return em.createQuery("select v from Visit v where v.organisation.id = :org order by v.date desc, v.id",
                        Visit.class)
                .setParameter("org", organisationId.toString())
                .getResultList();
    }

    /** @return every organisation by name */
    public List<Organisation> organisations() {
        return em.createQuery("select o from Organisation o order by o.name", Organisation.class).getResultList();
    }
}
