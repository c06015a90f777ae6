package org.suaka.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.suaka.partner.api.ActionItemService;
import org.suaka.partner.api.ActionItemView;
import org.suaka.platform.access.Roles;
import org.suaka.platform.api.ResultPage;

/** The action items agreed at visits and meetings: the open ones, and marking one done. Office staff only. */
@Path("action-items")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER})
public class ActionItemResource {

    @Inject
    ActionItemService actionItems;

    /**
     * @param offset how many to skip
     * @param limit how many to return
     * @return the open action items, soonest due first
     */
    @GET
    @Operation(summary = "List the open action items of every meeting")
    public ResultPage<ActionItemView> open(@QueryParam("offset") @DefaultValue("0") String offset,
            @QueryParam("limit") @DefaultValue("50") String limit) {
        return actionItems.open(Paging.of(offset, limit));
    }

    /**
     * @param id the action item's id
     * @param command the version last read
     * @return the action item, done today
     */
    @POST
    @Path("{id}/done")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Operation(summary = "Mark an action item done")
    public ActionItemView done(@PathParam("id") String id, VersionRead command) {
        if (command == null || command.version() == null) {
            throw new org.suaka.platform.api.InvalidFieldException("version", "Send the version of the action item read");
        }
        return actionItems.markDone(Codes.pathId("action item", id), command.version());
    }

    /**
     * The version of a record the caller read, sent with a change.
     *
     * @param version the version
     */
    public record VersionRead(Long version) {
    }
}
