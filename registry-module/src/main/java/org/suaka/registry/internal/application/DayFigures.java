package org.suaka.registry.internal.application;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.suaka.platform.api.Tally;
import org.suaka.registry.api.SupervisionStatistics;

/**
 * The figures of persons under supervision on one day, as {@link SupervisionStatistics} gives them: kept as
 * the records change ({@link KeptFigures}) or counted from the records ({@link CountedFigures}).
 */
interface DayFigures {

    long total(LocalDate date);

    List<Tally> byNationality(LocalDate date);

    List<Tally> byNationalityAndSex(LocalDate date);

    List<Tally> bySex(LocalDate date);

    List<Tally> byVulnerability(LocalDate date);

    List<Tally> byAgeBand(LocalDate date);

    List<Tally> byUnhcrStatus(LocalDate date);

    List<Tally> bySupervisionStatus(LocalDate date);

    List<Tally> byOffice(LocalDate date);

    /**
     * @param band the index of an age band
     * @return its key, e.g. {@code 5-11} or {@code 60+}
     */
    static String ageBandKey(int band) {
        List<Integer> bands = SupervisionStatistics.AGE_BANDS;
        return band + 1 < bands.size() ? bands.get(band) + "-" + (bands.get(band + 1) - 1) : bands.get(band) + "+";
    }

    /**
     * @param counts counts per key
     * @return them largest first, then by key, as the GROUP BY queries order them
     */
    static List<Tally> largestFirst(Map<String, Long> counts) {
        return counts.entrySet().stream().map(e -> new Tally(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(Tally::count).reversed().thenComparing(Tally::key)).toList();
    }
}
