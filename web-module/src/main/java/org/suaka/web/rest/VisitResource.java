package org.suaka.web.rest;

import java.util.List;

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
import org.suaka.partner.api.ActionItemService;
import org.suaka.partner.api.ActionItemView;
import org.suaka.partner.api.AddActionItem;
import org.suaka.partner.api.PartnerService;
import org.suaka.partner.api.RecordVisit;
import org.suaka.partner.api.UpdateVisit;
import org.suaka.partner.api.VisitId;
import org.suaka.partner.api.VisitView;
import org.suaka.platform.access.Roles;

/**
 * Visits and coordination meetings with partners.
 */
@Path("visits")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER})
public class VisitResource {

    @Inject
    PartnerService partners;

    @Inject
    ActionItemService actionItems;

    @Context
    UriInfo uri;

    /**
     * @param command the visit to record
     * @return 201 with the recorded visit
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Operation(summary = "Record a visit or meeting with a partner")
    @APIResponse(responseCode = "201", description = "Created; the Location header names the new record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VisitView.class)))
    public Response record(RecordVisit command) {
        VisitView visit = partners.recordVisit(command);
        return Created.at(uri, visit.id(), visit);
    }

    /**
     * Corrects the record of a visit: only the fields sent change; a list replaces the list.
     *
     * @param id the visit's id
     * @param command the fields to change and the version last read
     * @return the corrected visit
     */
    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Operation(summary = "Correct the record of a visit")
    public VisitView update(@PathParam("id") String id, UpdateVisit command) {
        return partners.updateVisit(get(id).id(), command);
    }

    /**
     * @param id the visit's id
     * @return the visit
     */
    @GET
    @Path("{id}")
    @Operation(summary = "Read a visit")
    public VisitView get(@PathParam("id") String id) {
        return Lookup.byId("visit", id, VisitId::parse, partners::findVisit);
    }

    /**
     * @param id the visit's id
     * @param command what is to be done, by whom and by when
     * @return 201 with the action item
     */
    @POST
    @Path("{id}/action-items")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Operation(summary = "Record an action item agreed at a visit or meeting")
    @APIResponse(responseCode = "201", description = "Recorded; the Location header names the action item",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActionItemView.class)))
    public Response addActionItem(@PathParam("id") String id, AddActionItem command) {
        ActionItemView item = actionItems.add(get(id).id(), command);
        return Response.created(uri.getBaseUriBuilder().path("action-items").path(item.id().toString()).build())
                .entity(item).build();
    }

    /**
     * @param id the visit's id
     * @return its action items, in the order they were agreed
     */
    @GET
    @Path("{id}/action-items")
    @Operation(summary = "List the action items of a visit or meeting")
    public List<ActionItemView> actionItems(@PathParam("id") String id) {
        return actionItems.of(get(id).id());
    }
}
