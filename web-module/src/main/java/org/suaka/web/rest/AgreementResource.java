package org.suaka.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.suaka.partner.api.AgreementScan;
import org.suaka.partner.api.AgreementService;
import org.suaka.partner.api.AgreementView;
import org.suaka.partner.api.OrganisationId;
import org.suaka.partner.api.RecordAgreement;
import org.suaka.platform.access.Roles;
import org.suaka.platform.api.RecordNotFoundException;
import org.suaka.platform.api.ResultPage;
import org.suaka.web.rest.problem.Problem;

/** Cooperation agreements (MoU, PKS) with partners, the data they grant, and their scans. Office staff only. */
@Path("agreements")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER})
public class AgreementResource {

    @Inject
    AgreementService agreements;

    @Context
    UriInfo uri;

    /**
     * @param command the partner, number, subject, dates and the data granted
     * @return 201 with the agreement
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Operation(summary = "Record a cooperation agreement with a partner")
    @APIResponse(responseCode = "201", description = "Recorded; the Location header names the agreement",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgreementView.class)))
    public Response record(RecordAgreement command) {
        AgreementView agreement = agreements.record(command);
        return Created.at(uri, agreement.id(), agreement);
    }

    /**
     * @param organisation only this partner's
     * @param expiringWithin only those ending from today to so many days ahead (1 to 366), soonest first
     * @param offset how many to skip
     * @param limit how many to return
     * @return the agreements, the latest to begin first
     */
    @GET
    @Operation(summary = "List cooperation agreements")
    public ResultPage<AgreementView> list(@QueryParam("organisation") String organisation,
            @QueryParam("expiringWithin") String expiringWithin, @QueryParam("offset") @DefaultValue("0") String offset,
            @QueryParam("limit") @DefaultValue("50") String limit) {
        if (expiringWithin != null && !expiringWithin.isBlank()) {
            return agreements.expiring(Paging.number("expiringWithin", expiringWithin), Paging.of(offset, limit));
        }
        OrganisationId partner = organisation == null || organisation.isBlank() ? null
                : new OrganisationId(Codes.uuid("organisation", organisation));
        return agreements.list(partner, Paging.of(offset, limit));
    }

    /**
     * @param id the agreement's id
     * @return the agreement
     */
    @GET
    @Path("{id}")
    @Operation(summary = "Read a cooperation agreement")
    public AgreementView get(@PathParam("id") String id) {
        return agreements.find(Codes.pathId("agreement", id)).orElseThrow(() -> new RecordNotFoundException("agreement", id));
    }

    /**
     * Attaches the signed agreement's scan, judged by its content (PDF or JPEG, at most 10 MB), replacing any earlier one.
     *
     * @param id the agreement's id
     * @param content the scan's bytes
     * @return the agreement
     */
    @PUT
    @Path("{id}/scan")
    @Consumes({"application/pdf", "image/jpeg"})
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Operation(summary = "Attach the scan of a signed agreement")
    public AgreementView attachScan(@PathParam("id") String id, byte[] content) {
        return agreements.attachScan(get(id).id(), content);
    }

    /**
     * @param id the agreement's id
     * @return the scan, with its media type
     */
    @GET
    @Path("{id}/scan")
    @Produces({"application/pdf", "image/jpeg", Problem.MEDIA_TYPE})
    @Operation(summary = "Read the scan of a signed agreement")
    @APIResponse(responseCode = "200", description = "The scan as attached",
            content = {@Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response scan(@PathParam("id") String id) {
        AgreementScan scan = agreements.scanOf(get(id).id()).orElseThrow(() -> new RecordNotFoundException("scan", id));
        return Response.ok(scan.content(), scan.mediaType()).header("Cache-Control", "no-store").build();
    }
}
