package org.suaka.shelter.internal.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.suaka.platform.api.PageRequest;
import org.suaka.platform.api.ResultPage;
import org.suaka.platform.office.OfficeFilter;
import org.suaka.platform.office.OfficeQuery;
import org.suaka.platform.office.OfficeScope;
import org.suaka.platform.persistence.DayTotals;
import org.suaka.registry.api.PersonId;
import org.suaka.shelter.api.PlacementId;
import org.suaka.shelter.api.ShelterId;
import org.suaka.shelter.internal.domain.Placement;
import org.suaka.shelter.internal.domain.Shelter;
import org.suaka.shelter.internal.domain.ShelterUnit;

/**
 * Placements in {@code SHL_PLACEMENT}; only those of the offices the caller may read ({@link OfficeScope}).
 */
@ApplicationScoped
public class PlacementRepository {

    private static final String STILL_OPEN_ON = " and (p.endDate is null or p.endDate > :date)";

    private <T> TypedQuery<T> query(String where, Class<T> type, String select) {
        OfficeFilter readable = offices.readable();
        return readable.bind(em.createQuery(select + " from Placement p where " + readable.condition("p.office")
                + " and " + where, type));
    }

    @PersistenceContext(unitName = "shelter")
    private EntityManager em;

    @Inject
    private OfficeScope offices;

    protected PlacementRepository() {
        // for CDI
    }

    /**
     * @param em the entity manager to use, for tests outside a container
     * @param offices the offices the caller may read
     */
    public PlacementRepository(EntityManager em, OfficeScope offices) {
        this.em = em;
        this.offices = offices;
    }

    /**
     * Each shelter's occupancy on every day, kept as placements change ({@link DayTotals}): +1 on a stay's
     * first day, -1 on the day the person left.
     */
    static final DayTotals OCCUPANCY = new DayTotals("SHL_OCCUPANCY", List.of("OFFICE_ID", "SHELTER_ID"),
            "constraint=PK_SHL_OCCUPANCY_SUM");

    /** @param placement a new placement to store; written at once, so that its version and any constraint violation are known now */
    public void add(Placement placement) {
        em.persist(placement);
        em.flush();
        counted(null, placement.occupancy());
    }

    /**
     * Keeps the occupancy in line with a placement whose days were changed in this transaction.
     *
     * @param placement the placement, changed
     * @param before its days before the change
     */
    public void recount(Placement placement, Placement.Occupancy before) {
        counted(before, placement.occupancy());
    }

    /**
     * Closes a stay because the person's supervision ended, and keeps the occupancy in line.
     *
     * @param placement an open placement
     * @param lastDay the last day of supervision
     */
    public void closeOnDeparture(Placement placement, LocalDate lastDay) {
        Placement.Occupancy before = placement.occupancy();
        placement.closeOnDeparture(lastDay);
        recount(placement, before);
    }

    private void counted(Placement.Occupancy before, Placement.Occupancy after) {
        if (after.equals(before)) {
            return;
        }
        if (before != null) {
            count(before, -1);
        }
        count(after, 1);
    }

    private void count(Placement.Occupancy days, int sign) {
        List<String> key = List.of(days.office(), days.shelter());
        OCCUPANCY.change(em, key, days.from(), sign);
        if (days.until() != null) {
            OCCUPANCY.change(em, key, days.until(), -sign);
        }
    }

    /**
     * @param limit how many changes to fold at most
     * @return how many were folded, in the caller's transaction
     */
    public int compactOccupancy(int limit) {
        return OCCUPANCY.compact(em, limit);
    }

    /**
     * Counts the placements recorded before the occupancy was kept, once: when nothing is kept yet and
     * placements exist, their first and last days become the changes, in two INSERTs.
     *
     * @return whether it counted them
     */
    public boolean countPlacementsOnce() {
        boolean nothingKept = em.createNativeQuery("select 1 from SHL_OCCUPANCY_CHANGE").setMaxResults(1).getResultList()
                .isEmpty() && em.createNativeQuery("select 1 from SHL_OCCUPANCY_SUM").setMaxResults(1).getResultList().isEmpty();
        if (!nothingKept) {
            return false;
        }
        em.createNativeQuery("insert into SHL_OCCUPANCY_CHANGE (DAY, OFFICE_ID, SHELTER_ID, DELTA) select START_DATE,"
                + " OFFICE_ID, SHELTER_ID, count(*) from SHL_PLACEMENT group by START_DATE, OFFICE_ID, SHELTER_ID").executeUpdate();
        em.createNativeQuery("insert into SHL_OCCUPANCY_CHANGE (DAY, OFFICE_ID, SHELTER_ID, DELTA) select END_DATE,"
                + " OFFICE_ID, SHELTER_ID, -count(*) from SHL_PLACEMENT where END_DATE is not null"
                + " group by END_DATE, OFFICE_ID, SHELTER_ID").executeUpdate();
        return true;
    }

    /**
     * @param date a day
     * @return each shelter's occupancy that day as kept, of the offices the caller reads, by shelter id
     */
    public java.util.Map<String, Long> occupancyOn(LocalDate date) {
        OfficeFilter readable = offices.readable();
        java.util.Map<String, Long> counts = new java.util.HashMap<>();
        OCCUPANCY.on(em, date, readable.office().map(office -> "OFFICE_ID = ?").orElse("1 = 1"),
                        readable.office().map(Object::toString).stream().toList(), List.of("SHELTER_ID"))
                .forEach((key, count) -> counts.put(key.get(0), count));
        return counts;
    }

    /** Writes pending changes now, so that the new version of a changed placement is known. */
    public void flush() {
        em.flush();
    }

    /**
     * @param id the placement's id
     * @return the placement, or empty
     */
    public Optional<Placement> find(PlacementId id) {
        return Optional.ofNullable(em.find(Placement.class, id.toString())).filter(offices::mayRead);
    }

    /**
     * @param id the placement's id
     * @return the placement, its row locked until the transaction ends, so that a concurrent change waits
     *     and then sees the new version
     */
    public Optional<Placement> findForUpdate(PlacementId id) {
        return Optional.ofNullable(em.find(Placement.class, id.toString(), LockModeType.PESSIMISTIC_WRITE))
                .filter(offices::mayRead);
    }

    /**
     * @param personId a person
     * @return the person's placements that have not ended
     */
    public List<Placement> openOf(PersonId personId) {
        return query("p.personId = :person and p.endDate is null", Placement.class, "select p")
                .setParameter("person", personId).getResultList();
    }

    /**
     * Puts one person's placements under another id: a duplicate record's under the record it was merged into.
     *
     * @param from the merged record
     * @param to the record that stands for the person
     */
    public void moveAll(PersonId from, PersonId to) {
        em.flush();
        em.createQuery("update Placement p set p.personId = :to where p.personId = :from")
                .setParameter("to", to).setParameter("from", from).executeUpdate();
        em.clear();
    }

    /**
     * @param personId a person
     * @param date a day
     * @return the person's placement open on that day, or empty
     */
    public Optional<Placement> openOn(PersonId personId, LocalDate date) {
        return query("p.personId = :person and p.startDate <= :date" + STILL_OPEN_ON, Placement.class, "select p")
                .setParameter("person", personId)
                .setParameter("date", date)
                .getResultStream()
                .findFirst();
    }

    /**
     * @param personId a person
     * @return every placement of the person, oldest first
     */
    public List<Placement> of(PersonId personId) {
        return query("p.personId = :person order by p.startDate", Placement.class, "select p")
                .setParameter("person", personId)
                .getResultList();
    }

    /**
     * @param shelterId a shelter
     * @param date a day
     * @return the placements in the shelter open on that day, oldest first
     */
    public List<Placement> openIn(ShelterId shelterId, LocalDate date) {
        return query("p.shelter.id = :shelter and p.startDate <= :date" + STILL_OPEN_ON
                        + " order by p.startDate, p.personId", Placement.class, "select p")
                .setParameter("shelter", shelterId.toString())
                .setParameter("date", date)
                .getResultList();
    }

    /**
     * @param shelterId a shelter
     * @param date a day
     * @param page which slice
     * @return the placements in the shelter open on that day, oldest first; paged in the database (one
     *     index range on the shelter and the first day)
     */
    public ResultPage<Placement> openIn(ShelterId shelterId, LocalDate date, PageRequest page) {
        return OfficeQuery.over(Placement.class, "p", offices.readable())
                .and("p.shelter.id = :shelter", "shelter", shelterId.toString())
                .and("p.startDate <= :date" + STILL_OPEN_ON, "date", date)
                .page(em, "p.startDate, p.personId", page);
    }

    /**
     * @param shelterId a shelter
     * @param page which slice
     * @return the shelter's placements, the latest first; paged in the database
     */
    public ResultPage<Placement> history(ShelterId shelterId, PageRequest page) {
        return OfficeQuery.over(Placement.class, "p", offices.readable())
                .and("p.shelter.id = :shelter", "shelter", shelterId.toString())
                .page(em, "p.startDate desc, p.id", page);
    }

    /**
     * @param shelter a shelter
     * @param date a day
     * @return how many placements in the shelter are open on that day or begin after it
     */
    public long countOpenFrom(Shelter shelter, LocalDate date) {
        return query("p.shelter = :shelter" + STILL_OPEN_ON, Long.class, "select count(p)")
                .setParameter("shelter", shelter)
                .setParameter("date", date)
                .getSingleResult();
    }

    /**
     * @param unit a unit of a shelter
     * @param date a day
     * @return how many placements in the unit are open on that day or begin after it
     */
    public long countOpenFrom(ShelterUnit unit, LocalDate date) {
        return query("p.unit = :unit" + STILL_OPEN_ON, Long.class, "select count(p)")
                .setParameter("unit", unit)
                .setParameter("date", date)
                .getSingleResult();
    }

    /**
     * @param personId a person
     * @param date a day
     * @return whether the person has a placement open on that day or later
     */
    public boolean hasOpenPlacementFrom(PersonId personId, LocalDate date) {
        return query("p.personId = :person" + STILL_OPEN_ON, Long.class, "select count(p)")
                .setParameter("person", personId)
                .setParameter("date", date)
                .getSingleResult() > 0;
    }
}
