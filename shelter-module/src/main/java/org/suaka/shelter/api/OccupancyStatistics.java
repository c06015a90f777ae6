package org.suaka.shelter.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;

/**
 * Occupancy of every shelter on a given day, computed by the database.
 */
public interface OccupancyStatistics {

    /**
     * @param date the day counted
     * @return every shelter with the number of persons housed there that day, by shelter name
     */
    List<ShelterOccupancy> occupancyOn(@NotNull LocalDate date);

    /**
     * @param shelterId a shelter the caller may read
     * @param date the day counted
     * @return who it housed that day, as a whole and per unit: headcount, men, women, children, families
     * @throws ShelterNotFoundException when the caller may read no such shelter
     */
    ShelterFigures figuresOn(@NotNull ShelterId shelterId, @NotNull LocalDate date);

    /**
     * Counts each shelter's occupancy of the day again from the placements and compares it with the
     * occupancy kept as placements change: a consistency check, for administrators.
     *
     * @param date the day counted
     * @return the shelters whose figures differ (figure {@code occupancyOn}, key the shelter's name), empty
     *     when all agree
     */
    List<org.suaka.registry.api.FigureDifference> differencesFromFullCount(@NotNull LocalDate date);
}
