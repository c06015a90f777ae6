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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.suaka.platform.access.Roles;
import org.suaka.platform.api.ResultPage;
import org.suaka.registry.api.PersonId;
import org.suaka.shelter.api.DecidePermit;
import org.suaka.shelter.api.ExitPermitService;
import org.suaka.shelter.api.PermitId;
import org.suaka.shelter.api.PermitQuery;
import org.suaka.shelter.api.PermitState;
import org.suaka.shelter.api.PermitView;
import org.suaka.shelter.api.RecordReturn;
import org.suaka.shelter.api.RequestPermit;

/**
 * Exit permits (izin keluar): officers ask, supervisors approve or refuse (never their own), the return is
 * recorded; the overdue ones are listed with {@code ?overdue=true}. Times are the office's local time.
 */
@Path("permits")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER})
public class PermitResource {

    @Inject
    ExitPermitService permits;

    @Context
    UriInfo uri;

    /**
     * @param command the person, purpose, destination, leave and expected return
     * @return 201 with the permit, requested
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Operation(summary = "Ask for an exit permit")
    @APIResponse(responseCode = "201", description = "Requested; the Location header names the permit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PermitView.class)))
    public Response request(RequestPermit command) {
        PermitView permit = permits.request(command);
        return Created.at(uri, permit.id(), permit);
    }

    /**
     * @param state only permits in this state
     * @param overdue {@code true} for the approved permits whose person is not back in time, longest overdue first
     * @param person only this person's permits
     * @param offset how many to skip
     * @param limit how many to return
     * @return the permits, latest leave first
     */
    @GET
    @Operation(summary = "List exit permits")
    public ResultPage<PermitView> list(@QueryParam("state") String state,
            @QueryParam("overdue") @DefaultValue("false") boolean overdue, @QueryParam("person") String person,
            @QueryParam("offset") @DefaultValue("0") String offset, @QueryParam("limit") @DefaultValue("50") String limit) {
        PersonId personId = person == null || person.isBlank() ? null : new PersonId(Codes.uuid("person", person));
        return permits.list(new PermitQuery(Codes.parse("state", state, PermitState.class), overdue, personId,
                Paging.of(offset, limit)));
    }

    /**
     * @param id the permit's id
     * @return the permit
     */
    @GET
    @Path("{id}")
    @Operation(summary = "Read an exit permit")
    public PermitView get(@PathParam("id") String id) {
        return Lookup.byId("permit", id, PermitId::parse, permits::find);
    }

    /**
     * @param id the permit's id
     * @param command the supervisor's note and the version last read
     * @return the permit, approved
     */
    @POST
    @Path("{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Approve an exit permit (supervisors; not one they asked for)")
    public PermitView approve(@PathParam("id") String id, DecidePermit command) {
        return permits.approve(get(id).id(), command);
    }

    /**
     * @param id the permit's id
     * @param command the supervisor's note and the version last read
     * @return the permit, refused
     */
    @POST
    @Path("{id}/refuse")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Refuse an exit permit (supervisors)")
    public PermitView refuse(@PathParam("id") String id, DecidePermit command) {
        return permits.refuse(get(id).id(), command);
    }

    /**
     * @param id the permit's id
     * @param command when the person came back, and the version last read
     * @return the permit, returned
     */
    @POST
    @Path("{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Operation(summary = "Record a person's return on an exit permit")
    public PermitView recordReturn(@PathParam("id") String id, RecordReturn command) {
        return permits.recordReturn(get(id).id(), command);
    }
}
