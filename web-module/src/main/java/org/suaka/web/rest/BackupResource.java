package org.suaka.web.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.suaka.operations.api.Backup;
import org.suaka.operations.api.BackupService;
import org.suaka.platform.access.Roles;

/**
 * Online backups of the embedded database, for administrators. README's "Backup and restore" says how
 * to restore one.
 */
@Path("backups")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class BackupResource {

    @Inject
    BackupService backups;

    /** @return 201 with the backup taken */
    @POST
    @Operation(summary = "Take an online backup of the embedded database now")
    @APIResponse(responseCode = "201", description = "Taken; the body says where it is and how large",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Backup.class)))
    public Response take() {
        return Response.status(Response.Status.CREATED).entity(backups.take()).build();
    }

    /** @return the backups in the backup directory, newest first */
    @GET
    @Operation(summary = "List the backups in the backup directory, newest first")
    public List<Backup> list() {
        return backups.list();
    }
}
