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

import org.suaka.platform.persistence.DayTotals;

import org.suaka.registry.api.PersonId;
import org.suaka.registry.internal.domain.FigureKey;
import org.suaka.registry.internal.domain.FigureSpan;
import org.suaka.registry.internal.domain.PersonHistory;
import org.suaka.registry.internal.domain.SupervisionSpans;

/**
 * Keeps the supervision figures up to date with the records, in the transaction that changes them: a
 * person's spans ({@code REG_FIGURE_SPAN}) are made again from their history and the difference is written
 * to {@code REG_FIGURE_CHANGE}, one row per key and day that changes ({@link DayTotals}). Only inserts and
 * the person's own rows are written, so that two registrations never wait on one another;
 * {@link #compact(int)} folds the changes into the sums later.
 */
@ApplicationScoped
public class FigureLedger {

    /** The columns of a figure's key, in the order of {@link FigureKey}. */
    static final List<String> KEY = List.of("OFFICE_ID", "FACET", "VAL");
    /** The figures' changes and sums. */
    static final DayTotals TOTALS = new DayTotals("REG_FIGURE", KEY, "index=IX_REG_FIGURE_SUM_FACET");
    private static final String KEY_COLUMNS = String.join(", ", KEY);

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
        changes.forEach((change, delta) -> TOTALS.change(em, values(change.key()), change.day(), delta));
        if (!kept.isEmpty()) {
            em.createNativeQuery("delete from REG_FIGURE_SPAN where PERSON_ID = ?").setParameter(1, id.toString())
                    .executeUpdate();
        }
        for (FigureSpan span : spans) {
            // an open span leaves UNTIL_DATE out rather than binding a null, whose type not every driver infers
            boolean ends = span.until() != null;
            Query insert = em.createNativeQuery("insert into REG_FIGURE_SPAN (PERSON_ID, FROM_DATE, "
                    + (ends ? "UNTIL_DATE, " : "") + KEY_COLUMNS + ") values (?, ?, " + (ends ? "?, " : "") + "?, ?, ?)");
            insert.setParameter(1, id.toString()).setParameter(2, Date.valueOf(span.from()));
            if (ends) {
                insert.setParameter(3, Date.valueOf(span.until()));
            }
            bindKey(insert, ends ? 4 : 3, span.key()).executeUpdate();
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
            spans.add(new FigureSpan(key(row, 2), DayTotals.localDate(row[0]), row[1] == null ? null : DayTotals.localDate(row[1])));
        }
        return spans;
    }

    /**
     * Folds the oldest changes into the sums per year, month and day, in the caller's transaction.
     *
     * @param limit how many change rows to fold at most
     * @return how many were folded
     */
    public int compact(int limit) {
        return TOTALS.compact(em, limit);
    }

    private static Query bindKey(Query query, int first, FigureKey key) {
        List<Object> values = values(key);
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(first + i, values.get(i));
        }
        return query;
    }

    /** The key's values in the order of {@link #KEY_COLUMNS}. */
    static List<Object> values(FigureKey key) {
        return List.of(key.office(), key.facet(), key.value());
    }

    /** The key in a row's columns from {@code first} on, in the order of {@link #KEY_COLUMNS}. */
    static FigureKey key(Object[] row, int first) {
        return new FigureKey(Objects.toString(row[first]).strip(), Objects.toString(row[first + 1]).strip(),
                text(row[first + 2]));
    }

    private static String text(Object value) {
        return value == null ? FigureKey.NONE : value.toString();
    }

    /** A key on a day. */
    private record Dated(FigureKey key, LocalDate day) {
    }

}
