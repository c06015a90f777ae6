package org.suaka.web.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.suaka.platform.access.Roles;
import org.suaka.platform.api.RecordNotFoundException;
import org.suaka.platform.api.ResultPage;
import org.suaka.shelter.api.CloseShelter;
import org.suaka.shelter.api.CreateShelter;
import org.suaka.shelter.api.CreateUnit;
import org.suaka.shelter.api.OccupancyStatistics;
import org.suaka.shelter.api.PlacementService;
import org.suaka.shelter.api.PlacementView;
import org.suaka.shelter.api.ShelterFigures;
import org.suaka.shelter.api.ShelterId;
import org.suaka.shelter.api.ShelterOccupancy;
import org.suaka.shelter.api.ShelterService;
import org.suaka.shelter.api.ShelterView;
import org.suaka.shelter.api.UnitView;
import org.suaka.shelter.api.UpdateShelter;
import org.suaka.shelter.api.UpdateUnit;

/**
 * Shelters and their occupancy.
 */
@Path("shelters")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER})
public class ShelterResource {

    @Inject
    ShelterService shelters;

    @Inject
    OccupancyStatistics occupancy;

    @Inject
    PlacementService placements;

    @Context
    UriInfo uri;

    /**
     * @param command the shelter to record
     * @return 201 with the recorded shelter
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Operation(summary = "Record a shelter")
    @APIResponse(responseCode = "201", description = "Created; the Location header names the new record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ShelterView.class)))
    public Response create(CreateShelter command) {
        ShelterView shelter = shelters.create(command);
        return Created.at(uri, shelter.id(), shelter);
    }

    /**
     * @param id the shelter's id
     * @return the shelter
     */
    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER, Roles.PARTNER})
    @Path("{id}")
    @Operation(summary = "Read a shelter")
    public ShelterView get(@PathParam("id") String id) {
        return Lookup.byId("shelter", id, ShelterId::parse, shelters::find);
    }

    /**
     * Corrects a shelter: fields left out keep their value.
     *
     * @param id the shelter's id
     * @param command the fields to change and the version last read
     * @return the corrected shelter
     */
    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Operation(summary = "Correct a shelter")
    public ShelterView update(@PathParam("id") String id, UpdateShelter command) {
        return shelters.update(get(id).id(), command);
    }

    /**
     * @param id the shelter's id
     * @param date the day, as {@code YYYY-MM-DD}
     * @param offset how many to skip
     * @param limit how many to return
     * @return the placements in the shelter open on that day, oldest first, one page
     */
    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER, Roles.PARTNER})
    @Path("{id}/occupants")
    @Operation(summary = "List a shelter's occupants on a day, page by page")
    public ResultPage<PlacementView> occupants(@PathParam("id") String id, @QueryParam("date") String date,
            @QueryParam("offset") @DefaultValue("0") String offset, @QueryParam("limit") @DefaultValue("100") String limit) {
        ShelterView shelter = get(id);
        return placements.occupants(shelter.id(), Dates.parse("date", date), Paging.of(offset, limit));
    }

    /**
     * @param id the shelter's id
     * @param offset how many to skip
     * @param limit how many to return
     * @return every placement the shelter has had, the latest first
     */
    @GET
    @Path("{id}/placements")
    @Operation(summary = "List a shelter's placements, past and present")
    public ResultPage<PlacementView> history(@PathParam("id") String id, @QueryParam("offset") @DefaultValue("0") String offset,
            @QueryParam("limit") @DefaultValue("50") String limit) {
        return placements.history(get(id).id(), Paging.of(offset, limit));
    }

    /** @return every shelter by name */
    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER, Roles.PARTNER})
    @Operation(summary = "List shelters")
    public List<ShelterView> list() {
        return shelters.list();
    }

    /**
     * @param date the day, as {@code YYYY-MM-DD}
     * @return every shelter's occupancy on that day
     */
    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER, Roles.PARTNER})
    @Path("occupancy")
    @Operation(summary = "Occupancy of every shelter on a day")
    public List<ShelterOccupancy> occupancy(@QueryParam("date") String date) {
        return occupancy.occupancyOn(Dates.parse("date", date));
    }

    /**
     * Closes a shelter from a day on; refused while anyone is placed there on or after that day.
     *
     * @param id the shelter's id
     * @param command the first day it is closed and the version last read
     * @return the shelter, closed
     */
    @POST
    @Path("{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Operation(summary = "Close a shelter")
    public ShelterView close(@PathParam("id") String id, CloseShelter command) {
        return shelters.close(get(id).id(), command);
    }

    /**
     * @param id the shelter's id
     * @param command the unit's name and capacity
     * @return 201 with the unit
     */
    @POST
    @Path("{id}/units")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Operation(summary = "Record a unit (room) of a shelter")
    @APIResponse(responseCode = "201", description = "Created; the Location header names the new unit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitView.class)))
    public Response addUnit(@PathParam("id") String id, CreateUnit command) {
        UnitView unit = shelters.addUnit(get(id).id(), command);
        return Created.at(uri, unit.id(), unit);
    }

    /**
     * @param id the shelter's id
     * @return its units, by name
     */
    @GET
    @Path("{id}/units")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER, Roles.PARTNER})
    @Operation(summary = "List a shelter's units")
    public List<UnitView> units(@PathParam("id") String id) {
        return shelters.unitsOf(get(id).id());
    }

    /**
     * @param id the shelter's id
     * @param unitId the unit's id
     * @param command the fields to change and the version last read
     * @return the corrected unit
     */
    @PATCH
    @Path("{id}/units/{unitId}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Operation(summary = "Correct a unit of a shelter")
    public UnitView correctUnit(@PathParam("id") String id, @PathParam("unitId") String unitId, UpdateUnit command) {
        return shelters.correctUnit(get(id).id(), unitUuid(unitId), command);
    }

    /**
     * @param id the shelter's id
     * @param date the day, as {@code YYYY-MM-DD}
     * @return who the shelter housed that day, as a whole and per unit: headcount, men, women, children,
     *     families; exact for any past day
     */
    @GET
    @Path("{id}/occupancy")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER, Roles.PARTNER})
    @Operation(summary = "Occupancy of a shelter and its units on a day")
    public ShelterFigures figures(@PathParam("id") String id, @QueryParam("date") String date) {
        return occupancy.figuresOn(get(id).id(), Dates.parse("date", date));
    }

    private static java.util.UUID unitUuid(String unitId) {
        try {
            return java.util.UUID.fromString(unitId);
        } catch (IllegalArgumentException e) {
            throw new RecordNotFoundException("unit", unitId);
        }
    }
}
