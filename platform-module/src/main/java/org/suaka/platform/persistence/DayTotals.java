package org.suaka.platform.persistence;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * Counts per key and day kept as the records change, read for any day without reading the records: a
 * change is an inserted row of {@code <prefix>_CHANGE} (the key, the day, +n or -n), so that two writers
 * never wait on one another; {@link #compact} folds the oldest changes into {@code <prefix>_SUM}, the sums
 * of the changes per year ({@code Y}), month ({@code M}) and day ({@code D}) from their first day. The count
 * of a key on a day is the sum of the years before the day's year, of that year's months before its month,
 * of that month's days up to the day, and of the changes not yet folded: four index ranges, however long
 * the history. {@code <prefix>_GENERATION} counts the compactions, so that a reader begins again when one
 * committed while it read. The key's columns are text or numbers, never null (an empty string for none).
 */
public final class DayTotals {

    /** How many ids one DELETE names. */
    private static final int DELETED_AT_ONCE = 500;
    /** How often a read is begun again when a compaction committed while it read. */
    private static final int ATTEMPTS = 10;

    private final String prefix;
    private final List<String> keyColumns;
    private final String keyList;
    private final String sumIndex;

    /**
     * @param prefix the tables' prefix, e.g. {@code REG_FIGURE}
     * @param keyColumns the columns of the key, in the order keys are given
     * @param sumIndex the index of {@code <prefix>_SUM} a read ranges over, as Derby names it in an optimizer
     *     override ({@code index=IX_…} or {@code constraint=PK_…}): with its dates as parameters, Derby's
     *     optimizer otherwise scans the table; other databases read the override as a comment
     */
    public DayTotals(String prefix, List<String> keyColumns, String sumIndex) {
        this.prefix = prefix;
        this.keyColumns = List.copyOf(keyColumns);
        this.keyList = String.join(", ", keyColumns);
        this.sumIndex = sumIndex;
    }

    /**
     * Records a change in the caller's transaction.
     *
     * @param em the entity manager of the transaction
     * @param key the key's values, in the order of the columns
     * @param day the first day the change counts
     * @param delta how much the count changes from that day on
     */
    public void change(EntityManager em, List<?> key, LocalDate day, long delta) {
        if (delta == 0) {
            return;
        }
        Query insert = em.createNativeQuery("insert into " + prefix + "_CHANGE (DAY, " + keyList + ", DELTA) values (?, "
                + "?, ".repeat(key.size()) + "?)");
        insert.setParameter(1, Date.valueOf(day));
        bind(insert, 2, key).setParameter(key.size() + 2, delta).executeUpdate();
    }

    /**
     * Folds the oldest changes into the sums, in the caller's transaction. The generation row is locked
     * first, so that two compactions (two nodes) take turns.
     *
     * @param em the entity manager of the transaction
     * @param limit how many change rows to fold at most
     * @return how many were folded
     */
    public int compact(EntityManager em, int limit) {
        if (em.createNativeQuery("select ID from " + prefix + "_CHANGE").setMaxResults(1).getResultList().isEmpty()) {
            return 0;
        }
        em.createNativeQuery("update " + prefix + "_GENERATION set GENERATION = GENERATION + 1 where ID = 1")
                .executeUpdate();
        List<?> rows = em.createNativeQuery("select ID, DAY, " + keyList + ", DELTA from " + prefix + "_CHANGE order by ID")
                .setMaxResults(limit).getResultList();
        Map<List<Object>, Long> sums = new HashMap<>();
        List<Long> folded = new ArrayList<>();
        for (Object each : rows) {
            Object[] row = (Object[]) each;
            folded.add(((Number) row[0]).longValue());
            LocalDate day = localDate(row[1]);
            List<Object> key = Arrays.asList(row).subList(2, 2 + keyColumns.size());
            long delta = ((Number) row[row.length - 1]).longValue();
            for (Object[] period : new Object[][] {{"Y", day.withDayOfYear(1)}, {"M", day.withDayOfMonth(1)}, {"D", day}}) {
                List<Object> sum = new ArrayList<>(List.of(period[0], period[1]));
                key.forEach(value -> sum.add(value instanceof String text ? text.strip() : value));
                sums.merge(sum, delta, Long::sum);
            }
        }
        sums.forEach((sum, delta) -> add(em, sum, delta));
        for (int from = 0; from < folded.size(); from += DELETED_AT_ONCE) {
            String ids = folded.subList(from, Math.min(folded.size(), from + DELETED_AT_ONCE)).stream()
                    .map(String::valueOf).collect(Collectors.joining(", "));
            em.createNativeQuery("delete from " + prefix + "_CHANGE where ID in (" + ids + ")").executeUpdate();
        }
        return folded.size();
    }

    private void add(EntityManager em, List<Object> sum, long delta) {
        if (delta == 0) {
            return;
        }
        String match = keyColumns.stream().map(column -> " and " + column + " = ?").collect(Collectors.joining());
        Query update = em.createNativeQuery("update " + prefix + "_SUM set TOTAL = TOTAL + ? where PERIOD_LEVEL = ?"
                + " and PERIOD_START = ?" + match);
        update.setParameter(1, delta).setParameter(2, sum.get(0)).setParameter(3, Date.valueOf((LocalDate) sum.get(1)));
        if (bind(update, 4, sum.subList(2, sum.size())).executeUpdate() == 0) {
            Query insert = em.createNativeQuery("insert into " + prefix + "_SUM (PERIOD_LEVEL, PERIOD_START, " + keyList
                    + ", TOTAL) values (?, ?, " + "?, ".repeat(keyColumns.size()) + "?)");
            insert.setParameter(1, sum.get(0)).setParameter(2, Date.valueOf((LocalDate) sum.get(1)));
            bind(insert, 3, sum.subList(2, sum.size())).setParameter(keyColumns.size() + 3, delta).executeUpdate();
        }
    }

    /**
     * @param em an entity manager
     * @param date the day counted
     * @param condition a condition on the key's columns, e.g. {@code NEED = '' and OFFICE_ID = ?}
     * @param parameters the values of the condition's parameters, in order
     * @param groupBy the key's columns to group by, none for one total
     * @return the counts that day per value of the columns (in their order, as text), counts of zero left out
     */
    public Map<List<String>, Long> on(EntityManager em, LocalDate date, String condition, List<?> parameters,
            List<String> groupBy) {
        for (int attempt = 1; ; attempt++) {
            long generation = generation(em);
            Map<List<String>, Long> counts = read(em, date, condition, parameters, groupBy);
            if (generation == generation(em) || attempt == ATTEMPTS) {
                return counts;
            }
        }
    }

    private long generation(EntityManager em) {
        return ((Number) em.createNativeQuery("select GENERATION from " + prefix + "_GENERATION where ID = 1")
                .getSingleResult()).longValue();
    }

    private Map<List<String>, Long> read(EntityManager em, LocalDate date, String condition, List<?> parameters,
            List<String> groupBy) {
        String columns = groupBy.stream().map(column -> column + ", ").collect(Collectors.joining());
        String where = " and (" + condition + ")";
        String sums = "select " + columns + "TOTAL as N from " + prefix + "_SUM --DERBY-PROPERTIES " + sumIndex
                + "\n where PERIOD_LEVEL = ";
        String sql = "select " + columns + "sum(N) from ("
                + sums + "'Y' and PERIOD_START < ?" + where
                + " union all " + sums + "'M' and PERIOD_START >= ? and PERIOD_START < ?" + where
                + " union all " + sums + "'D' and PERIOD_START >= ? and PERIOD_START <= ?" + where
                + " union all select " + columns + "cast(DELTA as BIGINT) as N from " + prefix + "_CHANGE where DAY <= ?"
                + where + ") f" + (groupBy.isEmpty() ? "" : " group by " + String.join(", ", groupBy));
        LocalDate year = date.withDayOfYear(1);
        LocalDate month = date.withDayOfMonth(1);
        List<Object> values = new ArrayList<>();
        for (List<LocalDate> days : List.of(List.of(year), List.of(year, month), List.of(month, date), List.of(date))) {
            days.forEach(day -> values.add(Date.valueOf(day)));
            values.addAll(parameters);
        }
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        Map<List<String>, Long> counts = new HashMap<>();
        for (Object each : query.getResultList()) {
            Object[] row = each instanceof Object[] columnsOf ? columnsOf : new Object[] {each};
            Number count = (Number) row[row.length - 1];
            if (count != null && count.longValue() != 0) {
                counts.put(Arrays.stream(row, 0, row.length - 1).map(v -> v == null ? "" : v.toString().strip()).toList(),
                        count.longValue());
            }
        }
        return counts;
    }

    private static Query bind(Query query, int first, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(first + i, values.get(i));
        }
        return query;
    }

    /**
     * @param value a date column as the driver gives it
     * @return the day
     */
    public static LocalDate localDate(Object value) {
        return value instanceof LocalDate day ? day : ((Date) value).toLocalDate();
    }
}
