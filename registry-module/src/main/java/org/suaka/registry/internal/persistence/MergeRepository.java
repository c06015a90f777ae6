package org.suaka.registry.internal.persistence;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.suaka.registry.api.PersonId;
import org.suaka.registry.internal.domain.Person;

/**
 * Moves what the registry keeps under a duplicate record to the record it is merged into, in bulk
 * statements of the merge's transaction.
 */
@ApplicationScoped
public class MergeRepository {

    /** The kinds of rows that follow the person, keyed by a plain person id column. */
    private static final List<String> FOLLOWING = List.of("SelfReport", "IdentityDocument", "IdCard",
            "UnhcrStatusChange");

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    protected MergeRepository() {
        // for CDI
    }

    /**
     * @param em the entity manager to use, for tests outside a container
     */
    public MergeRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Moves the duplicate's self-reports, documents, cards, UNHCR decisions, consents and the specific needs
     * the survivor lacks; drops the needs both have.
     *
     * @param merged the duplicate
     * @param survivor the record it is merged into
     */
    public void moveRecords(PersonId merged, PersonId survivor) {
        em.flush();
        for (String entity : FOLLOWING) {
            em.createQuery("update " + entity + " r set r.personId = :to where r.personId = :from")
                    .setParameter("to", survivor.toString()).setParameter("from", merged.toString()).executeUpdate();
        }
        em.createQuery("update Consent c set c.personId = :to where c.personId = :from")
                .setParameter("to", survivor).setParameter("from", merged).executeUpdate();
        em.createQuery("update VulnerabilityFlag v set v.personId = :to where v.personId = :from and v.flag not in"
                        + " (select s.flag from VulnerabilityFlag s where s.personId = :to)")
                .setParameter("to", survivor.toString()).setParameter("from", merged.toString()).executeUpdate();
        em.createQuery("delete from VulnerabilityFlag v where v.personId = :from")
                .setParameter("from", merged.toString()).executeUpdate();
        em.clear();
    }

    /**
     * Gives the duplicate's photo to the survivor when the survivor has none.
     *
     * @param merged the duplicate
     * @param survivor the record it is merged into
     */
    public void movePhotoIfNone(PersonId merged, PersonId survivor) {
        em.flush();
        em.createNativeQuery("update REG_PHOTO set PERSON_ID = ? where PERSON_ID = ? and not exists"
                        + " (select 1 from REG_PHOTO s where s.PERSON_ID = ?)")
                .setParameter(1, survivor.toString()).setParameter(2, merged.toString())
                .setParameter(3, survivor.toString()).executeUpdate();
    }

    /**
     * Ends the duplicate's stays with offices: the survivor's first stay is the person's.
     *
     * @param merged the duplicate, merged already
     */
    public void dropStays(Person merged) {
        em.createQuery("delete from OfficeStay s where s.person = :merged").setParameter("merged", merged)
                .executeUpdate();
    }

    /**
     * @param survivor a record
     * @return the records merged into it, latest first
     */
    public List<Person> mergedInto(PersonId survivor) {
        return em.createQuery("select p from Person p where p.mergedInto = :survivor order by p.changedAt desc, p.id",
                        Person.class)
                .setParameter("survivor", survivor.toString()).getResultList();
    }
}
