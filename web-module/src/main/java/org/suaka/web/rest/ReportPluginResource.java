package org.suaka.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.suaka.platform.access.Roles;
import org.suaka.reporting.api.PluginStatus;
import org.suaka.reporting.api.ReportPluginService;

/**
 * The report plugins, for administrators: which are installed and which are broken (with file, line and
 * message), uploading one, removing one. The plugins directory on the server may be changed directly as
 * well; either way a change takes effect within seconds.
 */
@Path("reports/plugins")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class ReportPluginResource {

    private static final String ZIP = "application/zip";
    private static final String JAR = "application/java-archive";

    @Inject
    ReportPluginService plugins;

    /** @return every plugin file, installed or broken */
    @GET
    @Operation(summary = "List the report plugins, installed and broken")
    public List<PluginStatus> plugins() {
        return plugins.plugins();
    }

    /**
     * @param file the plugin file's name, ending in {@code .zip} (templates) or {@code .jar} (Java)
     * @param body the file, at most 10 MB
     * @return 201 with the plugin installed; a refused plugin leaves nothing installed
     */
    @POST
    @Consumes({ZIP, JAR, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Install or replace a report plugin")
    @RequestBody(content = @Content(mediaType = ZIP, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "201", description = "The plugin is installed; its reports are offered at once",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PluginStatus.class)))
    public Response install(@QueryParam("file") String file, InputStream body) {
        PluginStatus status = plugins.install(file, limited(body));
        return Response.status(Response.Status.CREATED).entity(status).build();
    }

    /**
     * @param file the plugin file's name
     * @return 204: its reports are withdrawn; documents issued with them stay verifiable
     */
    @DELETE
    @Path("{file}")
    @Operation(summary = "Remove a report plugin")
    @APIResponse(responseCode = "204", description = "The plugin is removed")
    public Response remove(@PathParam("file") String file) {
        plugins.remove(file);
        return Response.noContent().build();
    }

    private static byte[] limited(InputStream body) {
        if (body == null) {
            return new byte[0];
        }
        try (InputStream in = body) {
            byte[] content = in.readNBytes(ReportPluginService.MAX_PLUGIN_BYTES + 1);
            if (content.length > ReportPluginService.MAX_PLUGIN_BYTES) {
                throw new WebApplicationException(Response.Status.REQUEST_ENTITY_TOO_LARGE);
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException("The upload could not be read", e);
        }
    }
}
