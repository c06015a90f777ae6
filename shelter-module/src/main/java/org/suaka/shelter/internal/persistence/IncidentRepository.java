package org.suaka.shelter.internal.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.suaka.platform.api.ResultPage;
import org.suaka.platform.api.Tally;
import org.suaka.platform.office.OfficeFilter;
import org.suaka.platform.office.OfficeQuery;
import org.suaka.platform.office.OfficeScope;
import org.suaka.shelter.api.IncidentQuery;
import org.suaka.shelter.internal.domain.Incident;

/** Incidents in {@code SHL_INCIDENT}, of the offices the caller reads. */
@ApplicationScoped
public class IncidentRepository {

    @PersistenceContext(unitName = "shelter")
    private EntityManager em;

    @Inject
    private OfficeScope offices;

    protected IncidentRepository() {
        // for CDI
    }

    /**
     * @param em the entity manager to use, for tests outside a container
     * @param offices the offices the caller reads
     */
    public IncidentRepository(EntityManager em, OfficeScope offices) {
        this.em = em;
        this.offices = offices;
    }

    /** @param incident a new incident to store */
    public void add(Incident incident) {
        em.persist(incident);
        em.flush();
    }

    /** Writes the pending changes now. */
    public void flush() {
        em.flush();
    }

    /**
     * @param id an incident's id
     * @param lock whether to lock it until the transaction ends
     * @return the incident, when the caller reads its office
     */
    public Optional<Incident> find(UUID id, boolean lock) {
        Incident found = lock ? em.find(Incident.class, id.toString(), LockModeType.PESSIMISTIC_WRITE)
                : em.find(Incident.class, id.toString());
        return Optional.ofNullable(found).filter(offices::mayRead);
    }

    /**
     * @param query the filter and the page
     * @return the incidents, latest first; paged in the database
     */
    public ResultPage<Incident> list(IncidentQuery query) {
        OfficeQuery<Incident> incidents = OfficeQuery.over(Incident.class, "i", offices.readable())
                .and("i.shelter.id = :shelter", "shelter", query.shelterId() == null ? null : query.shelterId().toString())
                .and("i.type = :type", "type", query.type())
                .and("i.occurredAt >= :from", "from", query.from() == null ? null : query.from().atStartOfDay())
                .and("i.occurredAt < :to", "to", query.to() == null ? null : query.to().plusDays(1).atStartOfDay());
        if (query.openOnly()) {
            incidents.and("i.closedAt is null");
        }
        return incidents.page(em, "i.occurredAt desc, i.id", query.page());
    }

    /**
     * @param from the first day
     * @param until the last day
     * @return the incidents of those days per type, most first
     */
    public List<Tally> countByType(LocalDate from, LocalDate until) {
        OfficeFilter readable = offices.readable();
        return readable.bind(em.createQuery("select i.type, count(i) from Incident i where i.occurredAt >= :from"
                        + " and i.occurredAt < :to and " + readable.condition("i.office")
                        + " group by i.type order by count(i) desc, i.type", Object[].class))
                .setParameter("from", from.atStartOfDay()).setParameter("to", until.plusDays(1).atStartOfDay())
                .getResultStream().map(row -> new Tally(String.valueOf(row[0]), ((Number) row[1]).longValue())).toList();
    }
}
