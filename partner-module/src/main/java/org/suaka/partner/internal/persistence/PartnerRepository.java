package org.suaka.partner.internal.persistence;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.suaka.partner.api.OrganisationId;
import org.suaka.partner.api.VisitId;
import org.suaka.partner.internal.domain.DataGrant;
import org.suaka.partner.internal.domain.Organisation;
import org.suaka.partner.internal.domain.PartnerUser;
import org.suaka.partner.internal.domain.Visit;
import org.suaka.platform.access.DataCategory;
import org.suaka.platform.office.OfficeFilter;
import org.suaka.platform.office.OfficeId;
import org.suaka.platform.office.OfficeScope;
import org.suaka.platform.persistence.RecordEntity;
import org.suaka.registry.api.PersonId;

/**
 * Organisations and visits in the {@code PTR_} tables.
 */
@ApplicationScoped
public class PartnerRepository {

    @PersistenceContext(unitName = "partner")
    private EntityManager em;

    @Inject
    private OfficeScope offices;

    protected PartnerRepository() {
        // for CDI
    }

    /**
     * @param em the entity manager to use, for tests outside a container
     */
    public PartnerRepository(EntityManager em, OfficeScope offices) {
        this.em = em;
        this.offices = offices;
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
        return Optional.ofNullable(em.find(Organisation.class, id.toString())).filter(offices::mayRead);
    }

    /**
     * @param id the organisation's id
     * @return the organisation, its row locked until the transaction ends, so that a concurrent change
     *     waits and then sees the new version
     */
    public Optional<Organisation> findForUpdate(OrganisationId id) {
        return Optional.ofNullable(em.find(Organisation.class, id.toString(), LockModeType.PESSIMISTIC_WRITE))
                .filter(offices::mayRead);
    }

    /**
     * @param id the visit's id
     * @return the visit, its row locked until the transaction ends, so that a concurrent change waits and
     *     then sees the new version
     */
    public Optional<Visit> findForUpdate(VisitId id) {
        return Optional.ofNullable(em.find(Visit.class, id.toString(), LockModeType.PESSIMISTIC_WRITE))
                .filter(offices::mayRead);
    }

    /**
     * Writes a corrected record now, with a new version even when only its lists (contacts, attendees)
     * changed, so that the version the caller gets back is the one to send next time.
     *
     * @param corrected an organisation or visit found for update and corrected
     */
    public void saveCorrection(RecordEntity corrected) {
        em.lock(corrected, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
    }

    /**
     * @param id the visit's id
     * @return the visit, or empty
     */
    public Optional<Visit> find(VisitId id) {
        return Optional.ofNullable(em.find(Visit.class, id.toString())).filter(offices::mayRead);
    }

    /**
     * @param name an organisation name
     * @return whether an organisation has that name, ignoring case
     */
    public boolean existsWithName(String name, OfficeId office) {
        return em.createQuery("select count(o) from Organisation o where lower(o.name) = lower(:name)"
                        + " and o.office = :office", Long.class)
                .setParameter("name", name.strip())
                .setParameter("office", office)
                .getSingleResult() > 0;
    }

    /**
     * @param organisationId a partner organisation
     * @return the visits it made, received or took part in, latest first
     */
    public List<Visit> visitsOf(OrganisationId organisationId) {
        OfficeFilter readable = offices.readable();
        return readable.bind(em.createQuery("select v from Visit v where (v.organisation.id = :org or exists (select w.id"
                        + " from Visit w join w.otherOrganisations o where w.id = v.id and o.id = :org)) and "
                        + readable.condition("v.office") + " order by v.date desc, v.id", Visit.class))
                .setParameter("org", organisationId.toString())
                .getResultList();
    }

    /** @param grant a new data grant to store */
    public void add(DataGrant grant) {
        em.persist(grant);
    }

    /**
     * @param userName a user name
     * @param organisation the partner the user works for
     */
    public void link(String userName, Organisation organisation) {
        PartnerUser user = em.find(PartnerUser.class, userName);
        if (user == null) {
            em.persist(new PartnerUser(userName, organisation));
        } else {
            user.moveTo(organisation);
        }
    }

    /**
     * @param organisationId a partner
     * @param date a day
     * @return the categories granted to it on that day: by its agreements valid that day, and by the grants
     *     recorded before agreements were (kept as they were)
     */
    public Set<DataCategory> grantsOn(OrganisationId organisationId, LocalDate date) {
        Set<DataCategory> granted = EnumSet.noneOf(DataCategory.class);
        granted.addAll(em.createQuery("select distinct s from Agreement a join a.scope s where a.organisation.id = :org"
                        + " and a.validFrom <= :date and (a.validTo is null or a.validTo >= :date)", DataCategory.class)
                .setParameter("org", organisationId.toString()).setParameter("date", date).getResultList());
        granted.addAll(em.createQuery("select g.category from DataGrant g where g.organisation.id = :org"
                        + " and g.validFrom <= :date and (g.validUntil is null or g.validUntil >= :date)", DataCategory.class)
                .setParameter("org", organisationId.toString()).setParameter("date", date).getResultList());
        return granted;
    }

    /**
     * @param userName a user name
     * @return the partner the user works for, when they are linked to one
     */
    public Optional<OrganisationId> organisationOfUser(String userName) {
        return em.createQuery("select u.organisation.id from PartnerUser u where u.userName = :user", String.class)
                .setParameter("user", userName)
                .getResultStream()
                .findFirst()
                .flatMap(OrganisationId::parse);
    }

    /**
     * @param userName a user name
     * @param date a day
     * @return the categories granted on that day to the organisation the user works for; none when the
     *     user works for no partner
     */
    public Set<DataCategory> grantsOfUser(String userName, LocalDate date) {
        return organisationOfUser(userName)
                .map(org -> grantsOn(org, date))
                .orElseGet(() -> EnumSet.noneOf(DataCategory.class));
    }

    /**
     * @param personId a person
     * @return the visits at which the person was discussed, latest first
     */
    public List<Visit> visitsAbout(PersonId personId) {
        OfficeFilter readable = offices.readable();
        return readable.bind(em.createQuery("select v from Visit v where v.id in (select w.id from Visit w join"
                        + " w.personIds p where p = :person) and " + readable.condition("v.office")
                        + " order by v.date desc", Visit.class))
                .setParameter("person", personId)
                .getResultList();
    }

    /** @return every organisation by name */
    public List<Organisation> organisations() {
        OfficeFilter readable = offices.readable();
        return readable.bind(em.createQuery("select o from Organisation o where " + readable.condition("o.office")
                + " order by o.name", Organisation.class)).getResultList();
    }
}
