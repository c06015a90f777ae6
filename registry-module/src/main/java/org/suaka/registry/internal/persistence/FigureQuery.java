package org.suaka.registry.internal.persistence;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import org.suaka.platform.office.OfficeFilter;
import org.suaka.platform.office.OfficeId;
import org.suaka.platform.office.OfficeScope;

/**
 * Reads the kept supervision figures of a day for the offices the caller reads: the sums of the years
 * before the day's year, of its year's months before its month, of its month's days up to it, and the
 * changes not yet folded, in one statement reading four index ranges, however many persons there are.
 */
@ApplicationScoped
public class FigureQuery {

    /** How often a read is begun again when a compaction committed while it read. */
    private static final int ATTEMPTS = 10;

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
        for (int attempt = 1; ; attempt++) {
            long generation = generation();
            Map<List<String>, Long> figures = read(date, needs, by);
            if (generation == generation() || attempt == ATTEMPTS) {
                return figures;
            }
        }
    }

    private long generation() {
        return ((Number) em.createNativeQuery("select GENERATION from REG_FIGURE_GENERATION where ID = 1")
                .getSingleResult()).longValue();
    }

    private Map<List<String>, Long> read(LocalDate date, boolean needs, FigureDimension... by) {
        OfficeFilter readable = offices.readable();
        String columns = Arrays.stream(by).map(d -> d.column + ", ").collect(Collectors.joining());
        String where = (needs ? " and NEED <> ''" : " and NEED = ''")
                + readable.office().map(office -> " and OFFICE_ID = ?").orElse("");
        List<Object> parameters = new ArrayList<>();
        LocalDate year = date.withDayOfYear(1);
        LocalDate month = date.withDayOfMonth(1);
        String sums = "select " + columns + "TOTAL as N from REG_FIGURE_SUM where PERIOD_LEVEL = ";
        String sql = "select " + columns + "sum(N) from ("
                + sums + "'Y' and PERIOD_START < ?" + where
                + " union all " + sums + "'M' and PERIOD_START >= ? and PERIOD_START < ?" + where
                + " union all " + sums + "'D' and PERIOD_START >= ? and PERIOD_START <= ?" + where
                + " union all select " + columns + "cast(DELTA as BIGINT) as N from REG_FIGURE_CHANGE where DAY <= ?"
                + where + ") f" + (by.length == 0 ? "" : " group by " + columns.substring(0, columns.length() - 2));
        List<LocalDate> days = List.of(year, year, month, month, date, date);
        int[] perArm = {1, 2, 2, 1};
        int day = 0;
        for (int arm : perArm) {
            for (int i = 0; i < arm; i++) {
                parameters.add(Date.valueOf(days.get(day++)));
            }
            readable.office().map(OfficeId::toString).ifPresent(parameters::add);
        }
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        Map<List<String>, Long> figures = new HashMap<>();
        for (Object each : query.getResultList()) {
            Object[] row = each instanceof Object[] columnsOf ? columnsOf : new Object[] {each};
            Number count = (Number) row[row.length - 1];
            if (count != null && count.longValue() != 0) {
                List<String> key = Arrays.stream(row, 0, row.length - 1).map(v -> v == null ? "" : v.toString().strip())
                        .toList();
                figures.put(key, count.longValue());
            }
        }
        return figures;
    }
}
