package org.suaka.web.rest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
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

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "suaka.retention.closed-case-years", defaultValue = "10")
    int years;

    /** @return the cut-off applied and how many cases were anonymised */
    @POST
    @Path("run")
    public Map<String, Object> run() {
        LocalDate cutoff = LocalDate.now(clock).minusYears(years);
        return Map.of("closedBefore", cutoff.toString(), "anonymised", retention.anonymiseClosedBefore(cutoff));
    }
}
