package org.suaka.web.rest;


import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.suaka.platform.access.Roles;
import org.suaka.registry.api.RetentionService;

/**
 * Runs the retention job now, for administrators; it also runs every night by itself.
 */
@Path("retention")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class RetentionResource {

    @Inject
    RetentionService retention;

    /** @return the cut-off applied and how many cases were anonymised */
    @POST
    @Path("run")
    @Operation(summary = "Anonymise closed cases past the retention period now")
    public RetentionService.RetentionRun run() {
        return retention.anonymiseExpired();
    }
}
