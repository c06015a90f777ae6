package org.suaka.registry.internal.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.suaka.registry.api.SupervisionStatistics;

/**
 * Cuts a person's history into the spans of days on which they count under one key: in each facet, each
 * stay with an office, cut again on the days their value in the facet changes (their supervision status or
 * UNHCR status changed, a birthday moved them into the next age band), spans of one value that meet joined. The statistics "on a day" of the full query and the sum of these spans
 * over that day are the same figures by construction: the same half-open stays, the last change on or
 * before the day (the last recorded among those of one day), the age on the day.
 */
public final class SupervisionSpans {

    private SupervisionSpans() {
    }

    /**
     * @param history a person's history
     * @return the person's spans in each facet, then one span per specific need and stay
     */
    public static List<FigureSpan> of(PersonHistory history) {
        List<FigureSpan> spans = new ArrayList<>();
        for (String facet : List.of(FigureKey.NATIONALITY_AND_SEX, FigureKey.AGE_BAND, FigureKey.STATUS,
                FigureKey.UNHCR_STATUS)) {
            List<FigureSpan> faceted = new ArrayList<>();
            for (PersonHistory.Stay stay : stays(history)) {
                List<LocalDate> cuts = cuts(history, stay);
                for (int i = 0; i < cuts.size(); i++) {
                    LocalDate from = cuts.get(i);
                    FigureKey key = new FigureKey(stay.office(), facet, value(history, facet, from));
                    append(faceted, new FigureSpan(key, from, i + 1 < cuts.size() ? cuts.get(i + 1) : stay.until()));
                }
            }
            spans.addAll(faceted);
        }
        for (String need : new TreeSet<>(history.needs())) {
            stays(history).forEach(stay -> spans.add(new FigureSpan(new FigureKey(stay.office(), FigureKey.NEED, need),
                    stay.from(), stay.until())));
        }
        return spans;
    }

    /** The stays of at least one day. */
    private static List<PersonHistory.Stay> stays(PersonHistory history) {
        return history.stays().stream().filter(stay -> stay.until() == null || stay.until().isAfter(stay.from())).toList();
    }

    /** The person's value in the facet on the day. */
    private static String value(PersonHistory history, String facet, LocalDate day) {
        return switch (facet) {
            case FigureKey.NATIONALITY_AND_SEX -> history.nationality() + ":" + history.sex();
            case FigureKey.AGE_BAND -> String.valueOf(ageBand(history.dateOfBirth(), day));
            case FigureKey.STATUS -> latest(history.statuses(), day);
            default -> latest(history.unhcrStatuses(), day);
        };
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
