package org.suaka.registry.internal.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.suaka.platform.office.OfficeFilter;
import org.suaka.platform.office.OfficeId;
import org.suaka.platform.office.OfficeScope;

/**
 * Reads the kept supervision figures of a day for the offices the caller reads: a few index ranges of sums
 * ({@link org.suaka.platform.persistence.DayTotals}), however many persons there are. A stateless session
 * bean, so that its entity manager is the registry module's own wherever the first reader is: Payara looks
 * the unit up from the caller's module otherwise, and a report read from the web module found none.
 */
@Stateless
@LocalBean
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class FigureQuery {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    @Inject
    private OfficeScope offices;

    public FigureQuery() {
        // for the container
    }

    /**
     * @param em the entity manager to use, for tests outside a container
     * @param offices the offices the caller may read
     */
    public FigureQuery(EntityManager em, OfficeScope offices) {
        this.em = em;
        this.offices = offices;
    }

    /**
     * @param date the day counted
     * @param facet a facet of {@link org.suaka.registry.internal.domain.FigureKey}
     * @param perOffice whether to count per office too
     * @return the figures that day per value of the facet (per office and value when asked: the office's id
     *     first), zero figures left out
     */
    public Map<List<String>, Long> on(LocalDate date, String facet, boolean perOffice) {
        OfficeFilter readable = offices.readable();
        String condition = "FACET = ?" + readable.office().map(office -> " and OFFICE_ID = ?").orElse("");
        List<String> parameters = new java.util.ArrayList<>(List.of(facet));
        readable.office().map(OfficeId::toString).ifPresent(parameters::add);
        return FigureLedger.TOTALS.on(em, date, condition, parameters,
                perOffice ? List.of("OFFICE_ID", "VAL") : List.of("VAL"));
    }
}
