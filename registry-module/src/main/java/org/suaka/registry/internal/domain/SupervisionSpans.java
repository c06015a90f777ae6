package org.suaka.registry.internal.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.suaka.registry.api.SupervisionStatistics;

/**
 * Cuts a person's history into the spans of days on which they count under one key: each stay with an
 * office, cut again on the days their supervision status or UNHCR status changed and on the birthdays that
 * move them into the next age band. The statistics "on a day" of the full query and the sum of these spans
 * over that day are the same figures by construction: the same half-open stays, the last change on or
 * before the day (the last recorded among those of one day), the age on the day.
 */
public final class SupervisionSpans {

    private SupervisionSpans() {
    }

    /**
     * @param history a person's history
     * @return the spans of the person, then one more span per specific need over the same days
     */
    public static List<FigureSpan> of(PersonHistory history) {
        List<FigureSpan> spans = new ArrayList<>();
        for (PersonHistory.Stay stay : history.stays()) {
            if (stay.until() != null && !stay.until().isAfter(stay.from())) {
                continue;
            }
            List<LocalDate> cuts = cuts(history, stay);
            for (int i = 0; i < cuts.size(); i++) {
                LocalDate from = cuts.get(i);
                LocalDate until = i + 1 < cuts.size() ? cuts.get(i + 1) : stay.until();
                FigureKey key = new FigureKey(stay.office(), history.nationality(), history.sex(),
                        ageBand(history.dateOfBirth(), from), latest(history.statuses(), from),
                        latest(history.unhcrStatuses(), from), FigureKey.NONE);
                append(spans, new FigureSpan(key, from, until));
            }
        }
        List<FigureSpan> all = new ArrayList<>(spans);
        for (String need : new TreeSet<>(history.needs())) {
            spans.forEach(span -> all.add(new FigureSpan(span.key().withNeed(need), span.from(), span.until())));
        }
        return all;
    }

    /** The first day of the stay and every later day of it on which a part of the key may change. */
    private static List<LocalDate> cuts(PersonHistory history, PersonHistory.Stay stay) {
        TreeSet<LocalDate> days = new TreeSet<>();
        days.add(stay.from());
        history.statuses().forEach(change -> days.add(change.on()));
        history.unhcrStatuses().forEach(change -> days.add(change.on()));
        if (history.dateOfBirth() != null) {
            SupervisionStatistics.AGE_BANDS.stream().skip(1)
                    .forEach(age -> days.add(firstDayAged(history.dateOfBirth(), age)));
        }
        return List.copyOf(stay.until() == null ? days.tailSet(stay.from(), true)
                : days.subSet(stay.from(), true, stay.until(), false));
    }

    /** Joins a span to the one before it when they have one key and meet. */
    private static void append(List<FigureSpan> spans, FigureSpan span) {
        if (!spans.isEmpty()) {
            FigureSpan last = spans.get(spans.size() - 1);
            if (last.key().equals(span.key()) && span.from().equals(last.until())) {
                spans.set(spans.size() - 1, new FigureSpan(last.key(), last.from(), span.until()));
                return;
            }
        }
        spans.add(span);
    }

    /**
     * @param dateOfBirth a date of birth, or null
     * @param day a day
     * @return the index of the person's age band that day (as the statistics count it: born after the day
     *     {@code age} years before is younger than {@code age}), or -1 when the date of birth is unknown
     */
    public static int ageBand(LocalDate dateOfBirth, LocalDate day) {
        if (dateOfBirth == null) {
            return -1;
        }
        int band = 0;
        for (int age : SupervisionStatistics.AGE_BANDS.subList(1, SupervisionStatistics.AGE_BANDS.size())) {
            if (!dateOfBirth.isAfter(day.minusYears(age))) {
                band++;
            }
        }
        return band;
    }

    /** The first day on which a person born on the day is counted as {@code age} years old. */
    static LocalDate firstDayAged(LocalDate dateOfBirth, int age) {
        LocalDate day = dateOfBirth.plusYears(age);
        return day.minusYears(age).isBefore(dateOfBirth) ? day.plusDays(1) : day;
    }

    /** The value of the last change on or before the day, the last recorded among one day's; empty if none. */
    private static String latest(List<PersonHistory.Dated> changes, LocalDate day) {
        String value = FigureKey.NONE;
        for (PersonHistory.Dated change : changes) {
            if (!change.on().isAfter(day)) {
                value = change.value();
            }
        }
        return value;
    }
}
