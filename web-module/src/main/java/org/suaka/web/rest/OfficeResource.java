package org.suaka.web.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.suaka.office.api.Membership;
import org.suaka.office.api.OfficeService;
import org.suaka.office.api.OfficeView;
import org.suaka.office.api.SaveOffice;
import org.suaka.platform.access.Roles;
import org.suaka.platform.api.RecordNotFoundException;
import org.suaka.platform.office.OfficeId;
import org.suaka.web.rest.problem.Problem;

/**
 * The offices of the installation (Ditjen Imigrasi and the Rudenims below it) and which office each user
 * works for.
 */
@Path("offices")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER})
public class OfficeResource {

    @Inject
    OfficeService offices;

    @Context
    UriInfo uri;

    /** @return every office, the top office first */
    @GET
    @Operation(summary = "List the offices")
    public List<OfficeView> list() {
        return offices.all();
    }

    /** @return the office the caller works for */
    @GET
    @Path("mine")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER, Roles.PARTNER})
    @Operation(summary = "Read the office the caller works for")
    public OfficeView mine() {
        return offices.mine();
    }

    /**
     * @param id the office's id
     * @return the office
     */
    @GET
    @Path("{id}")
    @Operation(summary = "Read an office")
    public OfficeView get(@PathParam("id") String id) {
        return Lookup.byId("office", id, OfficeId::parse, offices::find);
    }

    /**
     * @param command the new office: its parent, code, name, letterhead, signatory and number pattern
     * @return 201 with the office
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create an office (administrators of the top office)")
    @APIResponse(responseCode = "201", description = "Created; the Location header names the new record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OfficeView.class)))
    public Response create(SaveOffice command) {
        OfficeView office = offices.create(command);
        return Created.at(uri, office.id(), office);
    }

    /**
     * @param id the office's id
     * @param command all of the office's facts and the version last read
     * @return the office as corrected
     */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Correct an office")
    public OfficeView update(@PathParam("id") String id, SaveOffice command) {
        return offices.update(get(id).id(), command);
    }

    /**
     * @param id the office's id
     * @return its logo, a PNG or JPEG
     */
    @GET
    @Path("{id}/logo")
    @Produces({"image/png", "image/jpeg", Problem.MEDIA_TYPE})
    @Operation(summary = "Read an office's logo")
    @APIResponse(responseCode = "200", description = "The logo printed on the office's documents",
            content = {@Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response logo(@PathParam("id") String id) {
        OfficeView office = get(id);
        byte[] image = offices.logo(office.id()).orElseThrow(() -> new RecordNotFoundException("logo", id));
        return Response.ok(image, image[0] == (byte) 0x89 ? "image/png" : "image/jpeg").build();
    }

    /**
     * @param id the office's id
     * @param image a PNG or JPEG of at most 256 KB, checked by its content
     * @return 204
     */
    @PUT
    @Path("{id}/logo")
    @Consumes({"image/png", "image/jpeg", MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Set the logo printed on an office's documents")
    @APIResponse(responseCode = "204", description = "The logo is set")
    public Response setLogo(@PathParam("id") String id, byte[] image) {
        offices.setLogo(get(id).id(), image);
        return Response.noContent().build();
    }

    /**
     * @param id the office's id
     * @return the users assigned to it
     */
    @GET
    @Path("{id}/members")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "List the users of an office")
    public List<Membership> members(@PathParam("id") String id) {
        return offices.members(get(id).id());
    }

    /**
     * @param id the office's id
     * @param userName the user's name in the user registry
     * @return the membership
     */
    @PUT
    @Path("{id}/members/{userName}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Assign a user to an office")
    public Membership assign(@PathParam("id") String id, @PathParam("userName") String userName) {
        return offices.assign(get(id).id(), userName);
    }
}
