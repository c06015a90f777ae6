package org.suaka.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import org.suaka.shelter.api.CorrectPlacement;
import org.suaka.shelter.api.EndPlacement;
import org.suaka.shelter.api.PlacePerson;
import org.suaka.shelter.api.PlacementId;
import org.suaka.shelter.api.PlacementService;
import org.suaka.shelter.api.PlacementView;
import org.suaka.shelter.api.TransferPlacement;

/**
 * Placements of persons in shelters.
 */
@Path("placements")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER})
public class PlacementResource {

    @Inject
    PlacementService placements;

    @Context
    UriInfo uri;

    /**
     * @param command who goes where from when
     * @return 201 with the new placement
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Operation(summary = "Place a person in a shelter")
    @APIResponse(responseCode = "201", description = "Created; the Location header names the new record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlacementView.class)))
    public Response place(PlacePerson command) {
        PlacementView placement = placements.place(command);
        return Created.at(uri, placement.id(), placement);
    }

    /**
     * Ends a placement: the person left the shelter.
     *
     * @param id the placement's id
     * @param command the day they left and the version last read
     * @return the ended placement
     */
    @POST
    @Path("{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Operation(summary = "End a placement")
    public PlacementView end(@PathParam("id") String id, EndPlacement command) {
        PlacementId placementId = PlacementId.parse(id).orElseThrow(() -> new RecordNotFoundException("placement", id));
        return placements.end(placementId, command);
    }

    /**
     * Corrects a placement's dates: only the dates sent change.
     *
     * @param id the placement's id
     * @param command the corrected dates and the version last read
     * @return the corrected placement
     */
    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Operation(summary = "Correct a placement's dates")
    public PlacementView correct(@PathParam("id") String id, CorrectPlacement command) {
        return placements.correct(get(id).id(), command);
    }

    /**
     * @param id the placement's id
     * @return the placement
     */
    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER, Roles.PARTNER})
    @Path("{id}")
    @Operation(summary = "Read a placement")
    public PlacementView get(@PathParam("id") String id) {
        return Lookup.byId("placement", id, PlacementId::parse, placements::find);
    }

    /**
     * Moves a placed person to another shelter or unit: the placement ends on the day and the next begins
     * that day, in one transaction. A full shelter or unit takes the person only with a supervisor's reason.
     *
     * @param id the open placement's id
     * @param command where to, from when, the override reason if any, the version last read
     * @return 201 with the new placement
     */
    @POST
    @Path("{id}/transfer")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Operation(summary = "Move a placed person to another shelter or unit")
    @APIResponse(responseCode = "201", description = "The new placement; the Location header names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlacementView.class)))
    public Response transfer(@PathParam("id") String id, TransferPlacement command) {
        PlacementView next = placements.transfer(get(id).id(), command);
        return Response.created(uri.getBaseUriBuilder().path("placements").path(next.id().toString()).build())
                .entity(next).build();
    }
}
