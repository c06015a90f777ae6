package org.suaka.registry.internal.persistence;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.suaka.platform.api.PageRequest;
import org.suaka.platform.office.OfficeFilter;
import org.suaka.platform.office.OfficeScope;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.internal.domain.Family;
import org.suaka.registry.internal.domain.FamilyMember;
import org.suaka.registry.internal.domain.Person;

/** Family groups in {@code REG_FAMILY} and their members in {@code REG_FAMILY_MEMBER}. */
@ApplicationScoped
public class FamilyRepository {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    @Inject
    private OfficeScope offices;

    protected FamilyRepository() {
        // for CDI
    }

    /**
     * @param em the entity manager to use, for tests outside a container
     * @param offices the offices the caller may read
     */
    public FamilyRepository(EntityManager em, OfficeScope offices) {
        this.em = em;
        this.offices = offices;
    }

    /** @param family a new family */
    public void add(Family family) {
        em.persist(family);
    }

    /** @param member a new member */
    public void add(FamilyMember member) {
        em.persist(member);
    }

    /** @param family a family left without members */
    public void remove(Family family) {
        em.remove(family);
    }

    /** Writes what changed. */
    public void flush() {
        em.flush();
    }

    /**
     * @param id a family
     * @return it, when the caller reads its office
     */
    public Optional<Family> find(UUID id) {
        return Optional.ofNullable(em.find(Family.class, id.toString())).filter(offices::mayRead);
    }

    /**
     * @param personId a person
     * @return the person's place in a family, when they have one
     */
    public Optional<FamilyMember> membershipOf(PersonId personId) {
        return em.createQuery("select m from FamilyMember m where m.personId = :person", FamilyMember.class)
                .setParameter("person", personId.toString()).getResultStream().findFirst();
    }

    /**
     * @param familyIds families
     * @return their members with the persons, the heads first, then by name; one query
     */
    public List<Membership> membersOf(Collection<UUID> familyIds) {
        if (familyIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select m, p from FamilyMember m, Person p where p.id = m.personId"
                + " and m.familyId in :families order by case when m.relationship = :head then 0 else 1 end,"
                + " p.dateOfBirth, p.givenName", Object[].class)
                .setParameter("families", familyIds.stream().map(UUID::toString).toList())
                .setParameter("head", org.suaka.registry.api.Relationship.HEAD).getResultStream()
                .map(row -> new Membership((FamilyMember) row[0], (Person) row[1])).toList();
    }

    /**
     * @param page which families
     * @return the families of the offices the caller reads, by their head's family and given name
     */
    public List<UUID> page(PageRequest page) {
        OfficeFilter readable = offices.readable();
        return readable.bind(em.createQuery("select f.id from Family f, FamilyMember m, Person p where m.familyId = f.id"
                + " and m.relationship = :head and p.id = m.personId and " + readable.condition("f.office")
                + " order by p.familyName, p.givenName, f.id", String.class))
                .setParameter("head", org.suaka.registry.api.Relationship.HEAD)
                .setFirstResult(page.offset()).setMaxResults(page.limit()).getResultStream().map(UUID::fromString).toList();
    }

    /**
     * @param personIds persons
     * @return the size of each one's family, for those in a family; one GROUP BY over the members' families
     */
    public Map<PersonId, Integer> familySizes(Collection<PersonId> personIds) {
        Map<PersonId, Integer> sizes = new HashMap<>();
        if (personIds.isEmpty()) {
            return sizes;
        }
        em.createQuery("select m.personId, count(o) from FamilyMember m, FamilyMember o where o.familyId = m.familyId"
                + " and m.personId in :persons group by m.personId", Object[].class)
                .setParameter("persons", personIds.stream().map(PersonId::toString).toList())
                .getResultStream()
                .forEach(row -> sizes.put(PersonId.parse((String) row[0]).orElseThrow(), ((Number) row[1]).intValue()));
        return sizes;
    }

    /** @param member a family member's row to remove */
    public void remove(FamilyMember member) {
        em.remove(member);
    }

    /**
     * A member of a family with the person.
     *
     * @param member the membership
     * @param person the person
     */
    public record Membership(FamilyMember member, Person person) {
    }
}
