package org.suaka.shelter.internal.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.suaka.platform.office.OfficeFilter;
import org.suaka.platform.office.OfficeId;
import org.suaka.platform.office.OfficeScope;
import org.suaka.shelter.api.ShelterId;
import org.suaka.shelter.api.ShelterOccupancy;
import org.suaka.shelter.internal.domain.Shelter;
import org.suaka.shelter.internal.domain.ShelterUnit;

/**
 * Shelters in {@code SHL_SHELTER}, and their occupancy computed with one GROUP BY; only those of the offices
 * the caller may read ({@link OfficeScope}).
 */
@ApplicationScoped
public class ShelterRepository {

    @PersistenceContext(unitName = "shelter")
    private EntityManager em;

    @Inject
    private OfficeScope offices;

    protected ShelterRepository() {
        // for CDI
    }

    /**
     * @param em the entity manager to use, for tests outside a container
     * @param offices the offices the caller may read
     */
    public ShelterRepository(EntityManager em, OfficeScope offices) {
        this.em = em;
        this.offices = offices;
    }

    /** @param shelter a new shelter to store; written at once, so that its version and any constraint violation are known now */
    public void add(Shelter shelter) {
        em.persist(shelter);
        em.flush();
    }

    /**
     * @param id the shelter's id
     * @return the shelter, or empty
     */
    public Optional<Shelter> find(ShelterId id) {
        return Optional.ofNullable(em.find(Shelter.class, id.toString())).filter(offices::mayRead);
    }

    /**
     * Reads a shelter and locks its row until the transaction ends, so that two placements into the same
     * shelter are decided one after the other.
     *
     * @param id the shelter's id
     * @return the locked shelter, or empty
     */
    public Optional<Shelter> findForUpdate(ShelterId id) {
        return Optional.ofNullable(em.find(Shelter.class, id.toString(), LockModeType.PESSIMISTIC_WRITE))
                .filter(offices::mayRead);
    }

    /** Writes pending changes now, so that new versions are known. */
    public void flush() {
        em.flush();
    }

    /**
     * @param name a shelter name
     * @param office an office
     * @return whether a shelter of the office has that name, ignoring case
     */
    public boolean existsWithName(String name, OfficeId office) {
        return em.createQuery("select count(s) from Shelter s where lower(s.name) = lower(:name)"
                        + " and s.office = :office", Long.class)
                .setParameter("name", name.strip())
                .setParameter("office", office)
                .getSingleResult() > 0;
    }

    /** @return every shelter by name */
    public List<Shelter> all() {
        OfficeFilter readable = offices.readable();
        return readable.bind(em.createQuery("select s from Shelter s where " + readable.condition("s.office")
                + " order by s.name", Shelter.class)).getResultList();
    }

    /** @param unit a new unit to store */
    public void add(ShelterUnit unit) {
        em.persist(unit);
        em.flush();
    }

    /**
     * @param shelter a shelter
     * @param unitId one of its units' ids
     * @return the unit, locked until the transaction ends, when it belongs to the shelter
     */
    public Optional<ShelterUnit> findUnitForUpdate(Shelter shelter, java.util.UUID unitId) {
        return Optional.ofNullable(em.find(ShelterUnit.class, unitId.toString(), jakarta.persistence.LockModeType.PESSIMISTIC_WRITE))
                .filter(unit -> unit.shelter().id().equals(shelter.id()));
    }

    /**
     * @param shelter a shelter
     * @return its units, by name, shorter names first so that Kamar 2 comes before Kamar 10
     */
    public List<ShelterUnit> unitsOf(Shelter shelter) {
        return em.createQuery("select u from ShelterUnit u where u.shelter = :shelter order by length(u.name), u.name", ShelterUnit.class)
                .setParameter("shelter", shelter).getResultList();
    }

    /**
     * @param shelter a shelter
     * @param name a unit name
     * @return whether the shelter has a unit of that name, in any case
     */
    public boolean hasUnitNamed(Shelter shelter, String name) {
        return em.createQuery("select count(u) from ShelterUnit u where u.shelter = :shelter and lower(u.name) = :name",
                        Long.class).setParameter("shelter", shelter)
                .setParameter("name", name.strip().toLowerCase(java.util.Locale.ROOT)).getSingleResult() > 0;
    }

    /**
     * @param date the day counted
     * @return each shelter with the persons housed there that day, counted from the placements (every
     *     placement read): the consistency check of the occupancy kept as placements change
     */
    public List<ShelterOccupancy> countOccupancyOn(LocalDate date) {
        OfficeFilter readable = offices.readable();
        return readable.bind(em.createQuery("select s.id, s.name, s.capacity, count(p.id) from Shelter s"
                        + " left join Placement p on p.shelter = s and p.startDate <= :date"
                        + " and (p.endDate is null or p.endDate > :date) where " + readable.condition("s.office")
                        + " group by s.id, s.name, s.capacity order by s.name", Object[].class))
                .setParameter("date", date)
                .getResultStream()
                .map(row -> new ShelterOccupancy(ShelterId.parse((String) row[0]).orElseThrow(), (String) row[1],
                        ((Number) row[2]).intValue(), ((Number) row[3]).longValue()))
                .toList();
    }
}
