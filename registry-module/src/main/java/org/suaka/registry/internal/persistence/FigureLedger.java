package org.suaka.registry.internal.persistence;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import org.suaka.registry.api.PersonId;
import org.suaka.registry.internal.domain.FigureKey;
import org.suaka.registry.internal.domain.FigureSpan;
import org.suaka.registry.internal.domain.PersonHistory;
import org.suaka.registry.internal.domain.SupervisionSpans;

/**
 * Keeps the supervision figures up to date with the records, in the transaction that changes them: a
 * person's spans ({@code REG_FIGURE_SPAN}) are made again from their history and the difference is written
 * to {@code REG_FIGURE_CHANGE}, one row per key and day that changes. Only inserts and the person's own
 * rows are written, so that two registrations never wait on one another; {@link #compact(int)} folds the
 * changes into the sums later.
 */
@ApplicationScoped
public class FigureLedger {

    static final String KEY_COLUMNS = "OFFICE_ID, NATIONALITY, SEX, AGE_BAND, STATUS, UNHCR_STATUS, NEED";
    private static final String KEY_MATCH = "OFFICE_ID = ? and NATIONALITY = ? and SEX = ? and AGE_BAND = ?"
            + " and STATUS = ? and UNHCR_STATUS = ? and NEED = ?";
    /** How many ids one DELETE names. */
    private static final int DELETED_AT_ONCE = 500;

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    @Inject
    private PersonHistories histories;

    protected FigureLedger() {
        // for CDI
    }

    /** @param em the entity manager to use, for tests outside a container */
    public FigureLedger(EntityManager em) {
        this.em = em;
        this.histories = new PersonHistories(em);
    }

    /**
     * Brings the figures of the persons in line with their records as this transaction has them.
     *
     * @param ids persons changed in this transaction; one no longer stored counts nowhere
     */
    public void refresh(Collection<PersonId> ids) {
        em.flush();
        for (PersonId id : ids) {
            replace(id, histories.of(id).map(SupervisionSpans::of).orElse(List.of()));
        }
    }

    /** @param id a person changed in this transaction */
    public void refresh(PersonId id) {
        refresh(List.of(id));
    }

    /**
     * @param id a person
     * @param history the person's history as this transaction has it, when the caller built it
     */
    public void refresh(PersonId id, PersonHistory history) {
        replace(id, SupervisionSpans.of(history));
    }

    private void replace(PersonId id, List<FigureSpan> spans) {
        List<FigureSpan> kept = spansOf(id);
        if (counted(kept).equals(counted(spans))) {
            return;
        }
        Map<Dated, Integer> changes = new HashMap<>();
        kept.forEach(span -> count(changes, span, -1));
        spans.forEach(span -> count(changes, span, 1));
        changes.forEach((change, delta) -> {
            if (delta != 0) {
                bind(em.createNativeQuery("insert into REG_FIGURE_CHANGE (DAY, " + KEY_COLUMNS + ", DELTA)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)"), Date.valueOf(change.day()), change.key(), delta)
                        .executeUpdate();
            }
        });
        if (!kept.isEmpty()) {
            em.createNativeQuery("delete from REG_FIGURE_SPAN where PERSON_ID = ?").setParameter(1, id.toString())
                    .executeUpdate();
        }
        for (FigureSpan span : spans) {
            bind(em.createNativeQuery("insert into REG_FIGURE_SPAN (PERSON_ID, FROM_DATE, UNTIL_DATE, " + KEY_COLUMNS
                            + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"), id.toString(), Date.valueOf(span.from()),
                    span.until() == null ? null : Date.valueOf(span.until()), span.key()).executeUpdate();
        }
    }

    private static Map<FigureSpan, Long> counted(List<FigureSpan> spans) {
        return spans.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static void count(Map<Dated, Integer> changes, FigureSpan span, int sign) {
        changes.merge(new Dated(span.key(), span.from()), sign, Integer::sum);
        if (span.until() != null) {
            changes.merge(new Dated(span.key(), span.until()), -sign, Integer::sum);
        }
    }

    private List<FigureSpan> spansOf(PersonId id) {
        List<?> rows = em.createNativeQuery("select FROM_DATE, UNTIL_DATE, " + KEY_COLUMNS
                + " from REG_FIGURE_SPAN where PERSON_ID = ?").setParameter(1, id.toString()).getResultList();
        List<FigureSpan> spans = new ArrayList<>();
        for (Object each : rows) {
            Object[] row = (Object[]) each;
            spans.add(new FigureSpan(key(row, 2), localDate(row[0]), row[1] == null ? null : localDate(row[1])));
        }
        return spans;
    }

    /**
     * Folds the oldest changes into the sums per year, month and day, in the caller's transaction. The
     * generation row is locked first, so that two compactions (two nodes) take turns and a reader can tell
     * that one committed while it read.
     *
     * @param limit how many change rows to fold at most
     * @return how many were folded
     */
    public int compact(int limit) {
        if (em.createNativeQuery("select ID from REG_FIGURE_CHANGE").setMaxResults(1).getResultList().isEmpty()) {
            return 0;
        }
        em.createNativeQuery("update REG_FIGURE_GENERATION set GENERATION = GENERATION + 1 where ID = 1")
                .executeUpdate();
        List<?> rows = em.createNativeQuery("select ID, DAY, " + KEY_COLUMNS + ", DELTA from REG_FIGURE_CHANGE"
                + " order by ID").setMaxResults(limit).getResultList();
        Map<Period, Long> sums = new HashMap<>();
        List<Long> folded = new ArrayList<>();
        for (Object each : rows) {
            Object[] row = (Object[]) each;
            folded.add(((Number) row[0]).longValue());
            FigureKey key = key(row, 2);
            LocalDate day = localDate(row[1]);
            long delta = ((Number) row[9]).longValue();
            sums.merge(new Period("Y", day.withDayOfYear(1), key), delta, Long::sum);
            sums.merge(new Period("M", day.withDayOfMonth(1), key), delta, Long::sum);
            sums.merge(new Period("D", day, key), delta, Long::sum);
        }
        sums.forEach(this::add);
        for (int from = 0; from < folded.size(); from += DELETED_AT_ONCE) {
            String ids = folded.subList(from, Math.min(folded.size(), from + DELETED_AT_ONCE)).stream()
                    .map(String::valueOf).collect(Collectors.joining(", "));
            em.createNativeQuery("delete from REG_FIGURE_CHANGE where ID in (" + ids + ")").executeUpdate();
        }
        return folded.size();
    }

    private void add(Period period, long delta) {
        if (delta == 0) {
            return;
        }
        Query update = em.createNativeQuery("update REG_FIGURE_SUM set TOTAL = TOTAL + ? where PERIOD_LEVEL = ?"
                + " and PERIOD_START = ? and " + KEY_MATCH);
        update.setParameter(1, delta).setParameter(2, period.level()).setParameter(3, Date.valueOf(period.start()));
        if (bindKey(update, 4, period.key()).executeUpdate() == 0) {
            Query insert = em.createNativeQuery("insert into REG_FIGURE_SUM (PERIOD_LEVEL, PERIOD_START, "
                    + KEY_COLUMNS + ", TOTAL) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            insert.setParameter(1, period.level()).setParameter(2, Date.valueOf(period.start()));
            bindKey(insert, 3, period.key()).setParameter(10, delta).executeUpdate();
        }
    }

    /** Binds a day (or an id), a key and a number: the order of the INSERTs above. */
    private static Query bind(Query query, Object first, FigureKey key, Object last) {
        query.setParameter(1, first);
        bindKey(query, 2, key);
        return query.setParameter(9, last);
    }

    private static Query bind(Query query, Object id, Date from, Date until, FigureKey key) {
        query.setParameter(1, id).setParameter(2, from).setParameter(3, until);
        return bindKey(query, 4, key);
    }

    private static Query bindKey(Query query, int first, FigureKey key) {
        return query.setParameter(first, key.office()).setParameter(first + 1, key.nationality())
                .setParameter(first + 2, key.sex()).setParameter(first + 3, key.ageBand())
                .setParameter(first + 4, key.status()).setParameter(first + 5, key.unhcrStatus())
                .setParameter(first + 6, key.need());
    }

    /** The key in a row's columns from {@code first} on, in the order of {@link #KEY_COLUMNS}. */
    static FigureKey key(Object[] row, int first) {
        return new FigureKey(Objects.toString(row[first]).strip(), Objects.toString(row[first + 1]).strip(),
                Objects.toString(row[first + 2]).strip(), ((Number) row[first + 3]).intValue(),
                text(row[first + 4]), text(row[first + 5]), text(row[first + 6]));
    }

    private static String text(Object value) {
        return value == null ? FigureKey.NONE : value.toString();
    }

    static LocalDate localDate(Object value) {
        return value instanceof LocalDate day ? day : ((Date) value).toLocalDate();
    }

    /** A key on a day. */
    private record Dated(FigureKey key, LocalDate day) {
    }

    /** A key in a year ({@code Y}), month ({@code M}) or day ({@code D}) from its first day. */
    private record Period(String level, LocalDate start, FigureKey key) {
    }
}
