package org.suaka.web.rest;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.suaka.partner.api.AttachmentContent;
import org.suaka.partner.api.AttachmentView;
import org.suaka.partner.api.PartnerService;
import org.suaka.partner.api.VisitAttachmentService;
import org.suaka.partner.api.VisitId;
import org.suaka.platform.access.Roles;
import org.suaka.platform.api.InvalidFieldException;
import org.suaka.platform.api.RecordNotFoundException;
import org.suaka.web.rest.problem.Problem;

/** Files attached to the record of a visit or meeting: PDF documents and JPEG photos, judged by their content. */
@Path("visits/{id}/attachments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER})
public class VisitAttachmentResource {

    @Inject
    PartnerService partners;

    @Inject
    VisitAttachmentService attachments;

    @Context
    UriInfo uri;

    /**
     * @param id the visit's id
     * @param fileName the file's name, e.g. {@code daftar-hadir-11-09-2024.pdf}
     * @param content the file's bytes, a PDF or JPEG of at most 10 MB
     * @return 201 with the attachment
     */
    @POST
    @Consumes({"application/pdf", "image/jpeg"})
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Operation(summary = "Attach a PDF or JPEG file to a visit's record (judged by its content, at most 10 MB)")
    @APIResponse(responseCode = "201", description = "Attached; the Location header names the file",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttachmentView.class)))
    public Response attach(@PathParam("id") String id,
            @QueryParam("fileName") @Parameter(required = true, description = "The file's name") String fileName,
            byte[] content) {
        if (fileName == null || fileName.isBlank()) {
            throw new InvalidFieldException("fileName", "Name the file with the query parameter fileName");
        }
        AttachmentView attached = attachments.attach(visit(id), fileName, content == null ? new byte[0] : content);
        return Response.created(uri.getAbsolutePathBuilder().path(attached.id().toString()).build()).entity(attached).build();
    }

    /**
     * @param id the visit's id
     * @return its attachments, in the order attached
     */
    @GET
    @Operation(summary = "List the files attached to a visit")
    public List<AttachmentView> list(@PathParam("id") String id) {
        return attachments.of(visit(id));
    }

    /**
     * @param id the visit's id
     * @param attachmentId the attachment's id
     * @return the file, with its media type and name
     */
    @GET
    @Path("{attachmentId}")
    @Produces({"application/pdf", "image/jpeg", Problem.MEDIA_TYPE})
    @Operation(summary = "Read a file attached to a visit")
    @APIResponse(responseCode = "200", description = "The file as attached",
            content = {@Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response content(@PathParam("id") String id, @PathParam("attachmentId") String attachmentId) {
        VisitId visit = visit(id);
        UUID wanted = Codes.pathId("attachment", attachmentId);
        boolean ofThisVisit = attachments.of(visit).stream().anyMatch(a -> a.id().equals(wanted));
        AttachmentContent file = (ofThisVisit ? attachments.content(wanted) : Optional.<AttachmentContent>empty())
                .orElseThrow(() -> new RecordNotFoundException("attachment", attachmentId));
        String safeName = file.fileName().replaceAll("[^A-Za-z0-9._ -]", "_");
        return Response.ok(file.content(), file.mediaType()).header("Cache-Control", "no-store")
                .header("Content-Disposition", "inline; filename=\"" + safeName + "\"").build();
    }

    private VisitId visit(String id) {
        return Lookup.byId("visit", id, VisitId::parse, partners::findVisit).id();
    }
}
