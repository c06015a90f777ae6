package org.suaka.web.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.suaka.platform.access.Roles;
import org.suaka.platform.api.InvalidFieldException;
import org.suaka.registry.api.ImportMapping;
import org.suaka.registry.api.ImportMappingService;

/** The column mappings the office saved by name, for files of a known shape ({@code mapping} of an import job). */
@Path("imports/mappings")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
public class ImportMappingResource {

    @Inject
    ImportMappingService mappings;

    /** @return the office's mappings, by name */
    @GET
    @Operation(summary = "The column mappings the office saved")
    public List<ImportMapping> list() {
        return mappings.mappings();
    }

    /**
     * @param mapping the name and the header of each field's column
     * @return it, saved; a mapping of the same name is replaced
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save a column mapping by name, replacing the office's mapping of that name")
    public ImportMapping save(ImportMapping mapping) {
        if (mapping == null) {
            throw new InvalidFieldException("mapping", "Send the mapping's name and the header of each field's column");
        }
        return mappings.save(mapping);
    }
}
