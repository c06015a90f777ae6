package org.suaka.registry.internal.application;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.suaka.platform.access.RequiresRole;
import org.suaka.platform.access.Roles;
import org.suaka.platform.api.InvalidFieldException;
import org.suaka.platform.api.Tally;
import org.suaka.platform.audit.Audited;
import org.suaka.platform.office.OfficeId;
import org.suaka.registry.api.FigureDifference;
import org.suaka.registry.api.GroupFigures;
import org.suaka.registry.api.MonthlyMovement;
import org.suaka.registry.api.OfficeFigures;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.SupervisionStatistics;
import org.suaka.registry.internal.persistence.FigureQuery;
import org.suaka.registry.internal.persistence.PersonRepository;
import org.suaka.registry.internal.persistence.PersonRepository.MovementDate;

/**
 * Supervision statistics: the figures of persons on a day from the figures kept as the records change
 * ({@link KeptFigures}), the rest (families, movements, departures, births) from the database's GROUP BY
 * over the day's or month's rows.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
@Audited
@RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER})
public class DefaultSupervisionStatistics implements SupervisionStatistics {

    /** How many persons one query describes: an IN list every database takes. */
    private static final int DESCRIBED_AT_ONCE = 500;
    /** The age from which a person counts as a man or a woman rather than a child. */
    private static final int ADULT_AGE = 18;

    private PersonRepository persons;
    private DayFigures kept;
    private DayFigures counted;

    protected DefaultSupervisionStatistics() {
        // for CDI
    }

    /**
     * @param persons where persons are stored
     * @param figures the figures kept as the records change
     */
    @Inject
    public DefaultSupervisionStatistics(PersonRepository persons, FigureQuery figures) {
        this.persons = persons;
        this.kept = new KeptFigures(figures);
        this.counted = new CountedFigures(persons);
    }

    @Override
    public long countUnderSupervision(LocalDate date) {
        return kept.total(date);
    }

    @Override
    public List<Tally> byNationality(LocalDate date) {
        return kept.byNationality(date);
    }

    @Override
    public List<Tally> byNationalityAndSex(LocalDate date) {
        return kept.byNationalityAndSex(date);
    }

    @Override
    public List<Tally> bySex(LocalDate date) {
        return kept.bySex(date);
    }

    @Override
    public List<Tally> byVulnerability(LocalDate date) {
        return kept.byVulnerability(date);
    }

    @Override
    public List<Tally> byAgeBand(LocalDate date) {
        return kept.byAgeBand(date);
    }

    @Override
    public List<Tally> byUnhcrStatus(LocalDate date) {
        return kept.byUnhcrStatus(date);
    }

    @Override
    public List<Tally> bySupervisionStatus(LocalDate date) {
        return kept.bySupervisionStatus(date);
    }

    @RequiresRole(Roles.ADMIN)
    @Override
    public List<FigureDifference> differencesFromFullCount(LocalDate date) {
        List<FigureDifference> differences = new ArrayList<>();
        compare("countUnderSupervision", List.of(new Tally("TOTAL", kept.total(date))),
                List.of(new Tally("TOTAL", counted.total(date))), differences);
        Map<String, Function<DayFigures, List<Tally>>> figures = new LinkedHashMap<>();
        figures.put("byNationality", f -> f.byNationality(date));
        figures.put("byNationalityAndSex", f -> f.byNationalityAndSex(date));
        figures.put("bySex", f -> f.bySex(date));
        figures.put("byVulnerability", f -> f.byVulnerability(date));
        figures.put("byAgeBand", f -> f.byAgeBand(date));
        figures.put("byUnhcrStatus", f -> f.byUnhcrStatus(date));
        figures.put("bySupervisionStatus", f -> f.bySupervisionStatus(date));
        figures.put("byOffice", f -> f.byOffice(date));
        figures.forEach((name, figure) -> compare(name, figure.apply(kept), figure.apply(counted), differences));
        return differences;
    }

    private static void compare(String figure, List<Tally> kept, List<Tally> counted, List<FigureDifference> into) {
        Map<String, long[]> both = new TreeMap<>();
        kept.forEach(t -> both.computeIfAbsent(t.key(), k -> new long[2])[0] = t.count());
        counted.forEach(t -> both.computeIfAbsent(t.key(), k -> new long[2])[1] = t.count());
        both.forEach((key, counts) -> {
            if (counts[0] != counts[1]) {
                into.add(new FigureDifference(figure, key, counts[0], counts[1]));
            }
        });
    }

    @Override
    public List<Tally> familiesAndSingles(LocalDate date) {
        long[] families = persons.countFamilies(date);
        return List.of(new Tally("FAMILIES", families[0]), new Tally("IN_FAMILIES", families[1]),
                new Tally("SINGLE", kept.total(date) - families[1]));
    }

    @Override
    public List<Tally> departuresByReason(LocalDate from, LocalDate until) {
        return persons.tallyDeparturesByReason(from, until);
    }

    @Override
    public GroupFigures describe(java.util.Collection<PersonId> group, LocalDate date) {
        List<PersonId> ids = List.copyOf(new java.util.LinkedHashSet<>(group));
        long[] sums = new long[4];
        Map<String, Long> familyMembers = new HashMap<>();
        for (int from = 0; from < ids.size(); from += DESCRIBED_AT_ONCE) {
            List<PersonId> chunk = ids.subList(from, Math.min(ids.size(), from + DESCRIBED_AT_ONCE));
            long[] part = persons.countBySexAndAge(chunk, date.minusYears(ADULT_AGE));
            for (int i = 0; i < sums.length; i++) {
                sums[i] += part[i];
            }
            persons.countFamilyMembers(chunk).forEach((family, count) -> familyMembers.merge(family, count, Long::sum));
        }
        long families = familyMembers.values().stream().filter(count -> count > 1).count();
        return new GroupFigures(sums[0], sums[1], sums[2], sums[3], families);
    }

    @Override
    public long births(LocalDate from, LocalDate until) {
        return persons.countBirths(from, until);
    }

    @Override
    public List<OfficeFigures> perOffice(YearMonth month) {
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        Map<String, Long> staying = new HashMap<>();
        kept.byOffice(to).forEach(t -> staying.put(t.key(), t.count()));
        Map<String, Long> arrivals = persons.countPerOffice(MovementDate.ARRIVAL, from, to, false);
        Map<String, Long> departures = persons.countPerOffice(MovementDate.DEPARTURE, from, to, false);
        Map<String, Long> transfersIn = persons.countPerOffice(MovementDate.ARRIVAL, from, to, true);
        Map<String, Long> transfersOut = persons.countPerOffice(MovementDate.DEPARTURE, from, to, true);
        Set<String> offices = new TreeSet<>(staying.keySet());
        List.of(arrivals, departures, transfersIn, transfersOut).forEach(counts -> offices.addAll(counts.keySet()));
        return offices.stream().map(office -> new OfficeFigures(OfficeId.parse(office).orElseThrow(),
                staying.getOrDefault(office, 0L), new MonthlyMovement(month, arrivals.getOrDefault(office, 0L),
                        departures.getOrDefault(office, 0L), transfersIn.getOrDefault(office, 0L),
                        transfersOut.getOrDefault(office, 0L)))).toList();
    }

    @Override
    public List<MonthlyMovement> movements(YearMonth first, YearMonth last) {
        if (last.isBefore(first)) {
            throw new InvalidFieldException("last", "The last month must not be before the first");
        }
        LocalDate from = first.atDay(1);
        LocalDate to = last.atEndOfMonth();
        Map<YearMonth, Long> arrivals = persons.countPerMonth(MovementDate.ARRIVAL, from, to, false);
        Map<YearMonth, Long> departures = persons.countPerMonth(MovementDate.DEPARTURE, from, to, false);
        Map<YearMonth, Long> transfersIn = persons.countPerMonth(MovementDate.ARRIVAL, from, to, true);
        Map<YearMonth, Long> transfersOut = persons.countPerMonth(MovementDate.DEPARTURE, from, to, true);
        List<MonthlyMovement> movements = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            movements.add(new MonthlyMovement(month, arrivals.getOrDefault(month, 0L),
                    departures.getOrDefault(month, 0L), transfersIn.getOrDefault(month, 0L),
                    transfersOut.getOrDefault(month, 0L)));
        }
        return movements;
    }
}
