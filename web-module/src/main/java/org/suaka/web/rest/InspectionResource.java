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
import org.suaka.platform.api.RecordNotFoundException;
import org.suaka.platform.api.ResultPage;
import org.suaka.shelter.api.CloseInspection;
import org.suaka.shelter.api.InspectionQuery;
import org.suaka.shelter.api.InspectionService;
import org.suaka.shelter.api.InspectionView;
import org.suaka.shelter.api.RecordInspection;
import org.suaka.shelter.api.ShelterId;

/** Inspections of shelters' facilities and the closing of their follow-ups. Staff only. */
@Path("inspections")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER})
public class InspectionResource {

    @Inject
    InspectionService inspections;

    @Context
    UriInfo uri;

    /**
     * @param command the inspection with a finding per facility
     * @return 201 with the inspection
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Operation(summary = "Record an inspection of a shelter's facilities")
    @APIResponse(responseCode = "201", description = "Recorded; the Location header names the inspection",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InspectionView.class)))
    public Response record(RecordInspection command) {
        InspectionView inspection = inspections.record(command);
        return Created.at(uri, inspection.id(), inspection);
    }

    /**
     * @param shelter only this shelter's
     * @param open {@code true} for the inspections whose follow-up is not closed yet
     * @param offset how many to skip
     * @param limit how many to return
     * @return the inspections, latest first
     */
    @GET
    @Operation(summary = "List inspections")
    public ResultPage<InspectionView> list(@QueryParam("shelter") String shelter,
            @QueryParam("open") @DefaultValue("false") boolean open, @QueryParam("offset") @DefaultValue("0") String offset,
            @QueryParam("limit") @DefaultValue("50") String limit) {
        ShelterId shelterId = shelter == null || shelter.isBlank() ? null : new ShelterId(Codes.uuid("shelter", shelter));
        return inspections.list(new InspectionQuery(shelterId, open, Paging.of(offset, limit)));
    }

    /**
     * @param id the inspection's id
     * @return the inspection with its findings
     */
    @GET
    @Path("{id}")
    @Operation(summary = "Read an inspection")
    public InspectionView get(@PathParam("id") String id) {
        return inspections.find(Codes.pathId("inspection", id)).orElseThrow(() -> new RecordNotFoundException("inspection", id));
    }

    /**
     * @param id the inspection's id
     * @param command what was done, the version last read
     * @return the inspection, closed
     */
    @POST
    @Path("{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Operation(summary = "Close an inspection's follow-up")
    public InspectionView close(@PathParam("id") String id, CloseInspection command) {
        return inspections.close(get(id).id(), command);
    }
}
