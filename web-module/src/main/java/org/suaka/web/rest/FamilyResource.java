package org.suaka.web.rest;

import java.util.List;

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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.suaka.platform.access.Roles;
import org.suaka.platform.api.RecordNotFoundException;
import org.suaka.registry.api.FamilyService;
import org.suaka.registry.api.FamilyView;
import org.suaka.registry.api.PersonView;
import org.suaka.registry.api.RegisterBirth;

/**
 * The family groups of the office: each with its head first and every member's relationship to the head.
 * A person joins or leaves a family through {@code PUT /persons/{id}/family}.
 */
@Path("families")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER})
public class FamilyResource {

    @Inject
    FamilyService families;

    @Context
    UriInfo uri;

    /**
     * @param offset how many to skip
     * @param limit how many to return
     * @return the families of the office, by their head's name
     */
    @GET
    @Operation(summary = "List the family groups")
    @APIResponse(responseCode = "200", description = "The families, by their head's name",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = FamilyView.class)))
    public List<FamilyView> list(@QueryParam("offset") @DefaultValue("0") String offset,
            @QueryParam("limit") @DefaultValue("50") String limit) {
        return families.list(Paging.of(offset, limit));
    }

    /**
     * @param id the family's id
     * @return the family
     */
    @GET
    @Path("{id}")
    @Operation(summary = "Read a family group")
    public FamilyView get(@PathParam("id") String id) {
        return families.find(Codes.pathId("family", id)).orElseThrow(() -> new RecordNotFoundException("family", id));
    }

    /**
     * Registers a child born to the family: under supervision from the day of birth, with the head's
     * nationality and UNHCR case number, counted as a birth in the monthly report.
     *
     * @param id the family's id
     * @param birth the child
     * @return 201 with the child as registered
     */
    @POST
    @Path("{id}/births")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Operation(summary = "Register a child born to a family")
    @APIResponse(responseCode = "201", description = "Registered; the Location header names the child's record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonView.class)))
    public Response registerBirth(@PathParam("id") String id, RegisterBirth birth) {
        PersonView child = families.registerBirth(Codes.pathId("family", id), birth);
        return Response.created(uri.getBaseUriBuilder().path("persons").path(child.id().toString()).build())
                .entity(child).build();
    }
}
