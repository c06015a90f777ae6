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
     * @return the persons placed in each of its units that day, by unit name, and those placed without a unit
     *     last; one GROUP BY
     */
    List<UnitOccupancy> unitsOn(@NotNull ShelterId shelterId, @NotNull LocalDate date);
}
