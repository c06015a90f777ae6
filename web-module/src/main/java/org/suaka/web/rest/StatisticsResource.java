package org.suaka.web.rest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.suaka.platform.access.Roles;
import org.suaka.registry.api.FigureDifference;
import org.suaka.registry.api.SupervisionStatistics;
import org.suaka.shelter.api.OccupancyStatistics;

/**
 * The consistency check of the kept figures, for administrators: the supervision figures and the shelters'
 * occupancy kept as the records change, which every page, report and export reads, compared with the full
 * count of the records.
 */
@Path("statistics")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class StatisticsResource {

    @Inject
    SupervisionStatistics statistics;

    @Inject
    OccupancyStatistics occupancy;

    /**
     * @param date the day compared
     * @return the day, whether every figure agrees, and those that do not
     */
    @GET
    @Path("consistency")
    @Operation(summary = "Compare the kept supervision figures and occupancy of a day with the full count of the records")
    public Consistency consistency(@QueryParam("date") @Parameter(required = true,
            description = "The day compared, yyyy-MM-dd") String date) {
        LocalDate day = Dates.parse("date", date);
        List<FigureDifference> differences = new ArrayList<>(statistics.differencesFromFullCount(day));
        differences.addAll(occupancy.differencesFromFullCount(day));
        return new Consistency(day, differences.isEmpty(), differences);
    }

    /**
     * @param date the day compared
     * @param agree whether every figure agrees
     * @param differences the figures that differ, with the kept and the counted value
     */
    public record Consistency(LocalDate date, boolean agree, List<FigureDifference> differences) {
    }
}
