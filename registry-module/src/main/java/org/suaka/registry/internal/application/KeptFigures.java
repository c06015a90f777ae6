package org.suaka.registry.internal.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.suaka.platform.api.Tally;
import org.suaka.registry.api.SupervisionStatistics;
import org.suaka.registry.internal.domain.FigureKey;
import org.suaka.registry.internal.persistence.FigureDimension;
import org.suaka.registry.internal.persistence.FigureQuery;

/**
 * The figures of a day read from the figures kept as the records change: a few index ranges of sums,
 * however many persons there are.
 */
final class KeptFigures implements DayFigures {

    private final FigureQuery figures;

    KeptFigures(FigureQuery figures) {
        this.figures = figures;
    }

    @Override
    public long total(LocalDate date) {
        return figures.on(date, false).values().stream().mapToLong(Long::longValue).sum();
    }

    @Override
    public List<Tally> byNationality(LocalDate date) {
        return tally(date, false, FigureDimension.NATIONALITY);
    }

    @Override
    public List<Tally> byNationalityAndSex(LocalDate date) {
        return tally(date, false, FigureDimension.NATIONALITY, FigureDimension.SEX);
    }

    @Override
    public List<Tally> bySex(LocalDate date) {
        return tally(date, false, FigureDimension.SEX);
    }

    @Override
    public List<Tally> byVulnerability(LocalDate date) {
        return tally(date, true, FigureDimension.NEED);
    }

    @Override
    public List<Tally> byAgeBand(LocalDate date) {
        Map<String, Long> counts = counts(date, false, FigureDimension.AGE_BAND);
        List<Tally> bands = new ArrayList<>();
        for (int i = 0; i < SupervisionStatistics.AGE_BANDS.size(); i++) {
            bands.add(new Tally(DayFigures.ageBandKey(i), counts.getOrDefault(String.valueOf(i), 0L)));
        }
        return bands;
    }

    @Override
    public List<Tally> byUnhcrStatus(LocalDate date) {
        Map<String, Long> counts = counts(date, false, FigureDimension.UNHCR_STATUS);
        Long none = counts.remove(FigureKey.NONE);
        List<Tally> all = new ArrayList<>(DayFigures.largestFirst(counts));
        if (none != null && none > 0) {
            all.add(new Tally("NONE", none));
        }
        return all;
    }

    @Override
    public List<Tally> bySupervisionStatus(LocalDate date) {
        Map<String, Long> counts = counts(date, false, FigureDimension.STATUS);
        counts.remove(FigureKey.NONE);
        return DayFigures.largestFirst(counts);
    }

    @Override
    public List<Tally> byOffice(LocalDate date) {
        return tally(date, false, FigureDimension.OFFICE);
    }

    private List<Tally> tally(LocalDate date, boolean needs, FigureDimension... by) {
        return DayFigures.largestFirst(counts(date, needs, by));
    }

    /** The day's figures per the values of the dimensions joined by a colon, e.g. {@code AFG:FEMALE}. */
    private Map<String, Long> counts(LocalDate date, boolean needs, FigureDimension... by) {
        Map<String, Long> counts = new HashMap<>();
        figures.on(date, needs, by).forEach((key, count) -> counts.merge(String.join(":", key), count, Long::sum));
        return counts;
    }
}
