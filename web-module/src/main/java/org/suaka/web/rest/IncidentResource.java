package org.suaka.web.rest;

import java.time.LocalDate;

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
import org.suaka.platform.api.RecordNotFoundException;
import org.suaka.platform.api.ResultPage;
import org.suaka.shelter.api.IncidentQuery;
import org.suaka.shelter.api.IncidentService;
import org.suaka.shelter.api.IncidentType;
import org.suaka.shelter.api.IncidentView;
import org.suaka.shelter.api.RecordFollowUp;
import org.suaka.shelter.api.RecordIncident;
import org.suaka.shelter.api.ShelterId;

/**
 * Incidents in shelters and their follow-ups. Enforcement data: staff only, never partner staff.
 */
@Path("incidents")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER})
public class IncidentResource {

    @Inject
    IncidentService incidents;

    @Context
    UriInfo uri;

    /**
     * @param command the incident as reported
     * @return 201 with the incident
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Operation(summary = "Record an incident in a shelter")
    @APIResponse(responseCode = "201", description = "Recorded; the Location header names the incident",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IncidentView.class)))
    public Response record(RecordIncident command) {
        IncidentView incident = incidents.record(command);
        return Created.at(uri, incident.id(), incident);
    }

    /**
     * @param shelter only this shelter's
     * @param type only this type
     * @param open {@code true} for the incidents not closed yet
     * @param from only those on or after this day
     * @param to only those on or before this day
     * @param offset how many to skip
     * @param limit how many to return
     * @return the incidents, latest first
     */
    @GET
    @Operation(summary = "List incidents")
    public ResultPage<IncidentView> list(@QueryParam("shelter") String shelter, @QueryParam("type") String type,
            @QueryParam("open") @DefaultValue("false") boolean open, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("offset") @DefaultValue("0") String offset,
            @QueryParam("limit") @DefaultValue("50") String limit) {
        ShelterId shelterId = shelter == null || shelter.isBlank() ? null : new ShelterId(Codes.uuid("shelter", shelter));
        LocalDate first = from == null || from.isBlank() ? null : Dates.parse("from", from);
        LocalDate last = to == null || to.isBlank() ? null : Dates.parse("to", to);
        return incidents.list(new IncidentQuery(shelterId, Codes.parse("type", type, IncidentType.class), open, first, last,
                Paging.of(offset, limit)));
    }

    /**
     * @param id the incident's id
     * @return the incident with its follow-ups
     */
    @GET
    @Path("{id}")
    @Operation(summary = "Read an incident")
    public IncidentView get(@PathParam("id") String id) {
        return incidents.find(Codes.pathId("incident", id)).orElseThrow(() -> new RecordNotFoundException("incident", id));
    }

    /**
     * @param id the incident's id
     * @param command the note, whether it closes the incident, the version last read
     * @return the incident with the follow-up
     */
    @POST
    @Path("{id}/follow-ups")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Operation(summary = "Record a follow-up of an incident")
    public IncidentView followUp(@PathParam("id") String id, RecordFollowUp command) {
        return incidents.followUp(get(id).id(), command);
    }
}
