package org.suaka.registry.internal.persistence;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.suaka.platform.office.OfficeFilter;
import org.suaka.platform.office.OfficeId;
import org.suaka.platform.office.OfficeScope;

/**
 * Reads the kept supervision figures of a day for the offices the caller reads: a few index ranges of sums
 * ({@link org.suaka.platform.persistence.DayTotals}), however many persons there are.
 */
@ApplicationScoped
public class FigureQuery {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    @Inject
    private OfficeScope offices;

    protected FigureQuery() {
        // for CDI
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
     * @param needs whether to count the rows of specific needs (a person once per need) or the persons
     * @param by the dimensions to group by, none for one total
     * @return the figures that day per value of the dimensions (in their order), zero figures left out
     */
    public Map<List<String>, Long> on(LocalDate date, boolean needs, FigureDimension... by) {
        OfficeFilter readable = offices.readable();
        String condition = (needs ? "NEED <> ''" : "NEED = ''")
                + readable.office().map(office -> " and OFFICE_ID = ?").orElse("");
        List<String> parameters = readable.office().map(OfficeId::toString).stream().toList();
        return FigureLedger.TOTALS.on(em, date, condition, parameters,
                Arrays.stream(by).map(dimension -> dimension.column).toList());
    }
}
