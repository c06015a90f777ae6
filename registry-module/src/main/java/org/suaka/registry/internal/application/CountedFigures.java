package org.suaka.registry.internal.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.suaka.platform.api.Tally;
import org.suaka.registry.api.SupervisionStatistics;
import org.suaka.registry.internal.persistence.PersonRepository;
import org.suaka.registry.internal.persistence.PersonRepository.GroupingAttribute;

/**
 * The figures of a day counted from the records: every stay of the day read, with its person and their
 * changes. Exact by definition, and as slow as the population is large: the consistency check of the kept
 * figures.
 */
final class CountedFigures implements DayFigures {

    private final PersonRepository persons;

    CountedFigures(PersonRepository persons) {
        this.persons = persons;
    }

    @Override
    public long total(LocalDate date) {
        return persons.countUnderSupervision(date);
    }

    @Override
    public List<Tally> byNationality(LocalDate date) {
        return persons.tallyUnderSupervision(GroupingAttribute.NATIONALITY, date);
    }

    @Override
    public List<Tally> byNationalityAndSex(LocalDate date) {
        return persons.tallyUnderSupervision(GroupingAttribute.NATIONALITY_AND_SEX, date);
    }

    @Override
    public List<Tally> bySex(LocalDate date) {
        return persons.tallyUnderSupervision(GroupingAttribute.SEX, date);
    }

    @Override
    public List<Tally> byVulnerability(LocalDate date) {
        return persons.tallyNeedsUnderSupervision(date);
    }

    @Override
    public List<Tally> byAgeBand(LocalDate date) {
        List<Integer> ages = SupervisionStatistics.AGE_BANDS;
        List<Long> counts = persons.countByBirthBands(date, ages.stream().skip(1).map(date::minusYears).toList());
        List<Tally> bands = new ArrayList<>();
        for (int i = 0; i < ages.size(); i++) {
            bands.add(new Tally(DayFigures.ageBandKey(i), counts.get(i)));
        }
        return bands;
    }

    @Override
    public List<Tally> byUnhcrStatus(LocalDate date) {
        List<Tally> decided = persons.tallyLatestUnhcrStatus(date);
        long none = total(date) - decided.stream().mapToLong(Tally::count).sum();
        List<Tally> all = new ArrayList<>(decided);
        if (none > 0) {
            all.add(new Tally("NONE", none));
        }
        return all;
    }

    @Override
    public List<Tally> bySupervisionStatus(LocalDate date) {
        return persons.tallyLatestSupervisionStatus(date);
    }

    @Override
    public List<Tally> byOffice(LocalDate date) {
        return persons.tallyUnderSupervision(GroupingAttribute.OFFICE, date);
    }
}
