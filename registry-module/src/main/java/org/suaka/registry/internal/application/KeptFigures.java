package org.suaka.registry.internal.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.suaka.platform.api.Tally;
import org.suaka.registry.api.SupervisionStatistics;
import org.suaka.registry.internal.domain.FigureKey;
import org.suaka.registry.internal.persistence.FigureQuery;

/**
 * The figures of a day read from the figures kept as the records change: a few index ranges of sums,
 * however many persons there are. The persons are counted in the nationality-and-sex facet; the other
 * facets count each person once more.
 */
final class KeptFigures implements DayFigures {

    private final FigureQuery figures;

    KeptFigures(FigureQuery figures) {
        this.figures = figures;
    }

    @Override
    public long total(LocalDate date) {
        return counts(date, FigureKey.NATIONALITY_AND_SEX, value -> "").values().stream().mapToLong(Long::longValue).sum();
    }

    @Override
    public List<Tally> byNationality(LocalDate date) {
        return DayFigures.largestFirst(counts(date, FigureKey.NATIONALITY_AND_SEX, value -> value.split(":")[0]));
    }

    @Override
    public List<Tally> byNationalityAndSex(LocalDate date) {
        return DayFigures.largestFirst(counts(date, FigureKey.NATIONALITY_AND_SEX, Function.identity()));
    }

    @Override
    public List<Tally> bySex(LocalDate date) {
        return DayFigures.largestFirst(counts(date, FigureKey.NATIONALITY_AND_SEX, value -> value.split(":")[1]));
    }

    @Override
    public List<Tally> byVulnerability(LocalDate date) {
        return DayFigures.largestFirst(counts(date, FigureKey.NEED, Function.identity()));
    }

    @Override
    public List<Tally> byAgeBand(LocalDate date) {
        Map<String, Long> counts = counts(date, FigureKey.AGE_BAND, Function.identity());
        List<Tally> bands = new ArrayList<>();
        for (int i = 0; i < SupervisionStatistics.AGE_BANDS.size(); i++) {
            bands.add(new Tally(DayFigures.ageBandKey(i), counts.getOrDefault(String.valueOf(i), 0L)));
        }
        return bands;
    }

    @Override
    public List<Tally> byUnhcrStatus(LocalDate date) {
        Map<String, Long> counts = counts(date, FigureKey.UNHCR_STATUS, Function.identity());
        Long none = counts.remove(FigureKey.NONE);
        List<Tally> all = new ArrayList<>(DayFigures.largestFirst(counts));
        if (none != null && none > 0) {
            all.add(new Tally("NONE", none));
        }
        return all;
    }

    @Override
    public List<Tally> bySupervisionStatus(LocalDate date) {
        Map<String, Long> counts = counts(date, FigureKey.STATUS, Function.identity());
        counts.remove(FigureKey.NONE);
        return DayFigures.largestFirst(counts);
    }

    @Override
    public List<Tally> byOffice(LocalDate date) {
        Map<String, Long> counts = new HashMap<>();
        figures.on(date, FigureKey.NATIONALITY_AND_SEX, true)
                .forEach((key, count) -> counts.merge(key.get(0), count, Long::sum));
        return DayFigures.largestFirst(counts);
    }

    /** The day's figures of a facet, per the group each value falls in. */
    private Map<String, Long> counts(LocalDate date, String facet, Function<String, String> group) {
        Map<String, Long> counts = new HashMap<>();
        figures.on(date, facet, false).forEach((key, count) -> counts.merge(group.apply(key.get(0)), count, Long::sum));
        return counts;
    }
}
