package org.suaka.registry.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.suaka.platform.api.Tally;

/**
 * Counts of persons under supervision on a given day, computed by the database, for the offices the caller
 * reads: their own office, or every office for a national reader. A person is under an office's
 * supervision on a day when their stay with the office began on or before it and had not ended by it.
 *
 * <p>The figures of persons on a day (the count, and per nationality, sex, age band, status, need and
 * office) are kept as the records change, so that reading them does not depend on how many persons there
 * are; {@link #differencesFromFullCount(LocalDate)} counts them again from the records.
 */
public interface SupervisionStatistics {

    /**
     * @param date the day counted
     * @return how many persons were under supervision that day
     */
    long countUnderSupervision(@NotNull LocalDate date);

    /**
     * @param date the day counted
     * @return persons under supervision that day per ISO 3166-1 alpha-3 nationality, largest first
     */
    List<Tally> byNationality(@NotNull LocalDate date);

    /**
     * @param date the day counted
     * @return persons under supervision that day per {@link Sex} name, largest first
     */
    List<Tally> bySex(@NotNull LocalDate date);

    /**
     * @param date the day counted
     * @return persons under supervision that day per nationality and sex, keyed {@code NATIONALITY:SEX}
     *     (e.g. {@code AFG:FEMALE}), largest first; one GROUP BY
     */
    List<Tally> byNationalityAndSex(@NotNull LocalDate date);

    /**
     * @param persons a group of persons of the offices the caller reads, e.g. the occupants of a shelter that
     *     the shelter module knows
     * @param date the day their ages are counted on
     * @return how many they are, the men, women and children among them and their families; SQL aggregates,
     *     a few queries per 500 persons
     */
    GroupFigures describe(@NotNull java.util.Collection<PersonId> persons, @NotNull LocalDate date);

    /**
     * @param date the day counted
     * @return persons under supervision that day per {@link Vulnerability} name, largest first; a person with
     *     two needs counts under each
     */
    List<Tally> byVulnerability(@NotNull LocalDate date);

    /** The age bands of the statistics, youngest first, each with its lowest age. */
    List<Integer> AGE_BANDS = List.of(0, 5, 12, 18, 60);

    /**
     * @param date the day counted
     * @return persons under supervision that day per age band on that day, youngest first, every band
     *     listed: keys {@code 0-4}, {@code 5-11}, {@code 12-17}, {@code 18-59}, {@code 60+}
     */
    List<Tally> byAgeBand(@NotNull LocalDate date);

    /**
     * @param date the day counted
     * @return persons under supervision that day per {@link UnhcrStatus} name as UNHCR had decided it by
     *     then, largest first; those without a decision under {@code NONE}
     */
    List<Tally> byUnhcrStatus(@NotNull LocalDate date);

    /**
     * @param date the day counted
     * @return persons under supervision that day per {@link SupervisionStatus} name they had that day,
     *     largest first
     */
    List<Tally> bySupervisionStatus(@NotNull LocalDate date);

    /**
     * @param date the day counted
     * @return the families of two or more persons under supervision that day (key {@code FAMILIES}), the
     *     persons in them ({@code IN_FAMILIES}) and the persons on their own ({@code SINGLE}); families as
     *     they are composed now
     */
    List<Tally> familiesAndSingles(@NotNull LocalDate date);

    /**
     * @param from the first day
     * @param until the last day
     * @return departures from supervision from the first day to the last per {@link StatusReason} name,
     *     largest first; departures recorded without a reason under {@code UNSPECIFIED}
     */
    List<Tally> departuresByReason(@NotNull LocalDate from, @NotNull LocalDate until);

    /**
     * @param from the first day
     * @param until the last day
     * @return the children born under supervision in those days (counted among the arrivals too)
     */
    long births(@NotNull LocalDate from, @NotNull LocalDate until);

    /**
     * @param month a month
     * @return the month's figures of each office the caller reads that had persons or movements in it: one
     *     office for an officer, every such office for a national reader
     */
    List<OfficeFigures> perOffice(@NotNull YearMonth month);

    /**
     * @param first the first month
     * @param last the last month, not before the first
     * @return one entry per month from first to last, months without movement included with zeros
     */
    List<MonthlyMovement> movements(@NotNull YearMonth first, @NotNull YearMonth last);

    /**
     * Counts the figures of the day again from the records (every stay of that day read) and compares them
     * with the kept figures: a consistency check, for administrators.
     *
     * @param date the day counted
     * @return the figures that differ, empty when every figure agrees
     */
    List<FigureDifference> differencesFromFullCount(@NotNull LocalDate date);
}
