package org.suaka.web.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.suaka.partner.api.OrganisationId;
import org.suaka.partner.api.OrganisationView;
import org.suaka.partner.api.PartnerService;
import org.suaka.partner.api.RegisterOrganisation;
import org.suaka.partner.api.UpdateOrganisation;
import org.suaka.partner.api.VisitView;
import org.suaka.platform.access.Roles;

/**
 * Partner organisations.
 */
@Path("partners")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER})
public class PartnerResource {

    @Inject
    PartnerService partners;

    @Context
    UriInfo uri;

    /**
     * @param command the organisation to record
     * @return 201 with the recorded organisation
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Operation(summary = "Record a partner organisation")
    @APIResponse(responseCode = "201", description = "Created; the Location header names the new record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganisationView.class)))
    public Response register(RegisterOrganisation command) {
        OrganisationView organisation = partners.register(command);
        return Created.at(uri, organisation.id(), organisation);
    }

    /**
     * @param id the organisation's id
     * @return the organisation
     */
    @GET
    @Path("{id}")
    @Operation(summary = "Read a partner organisation")
    public OrganisationView get(@PathParam("id") String id) {
        return Lookup.byId("organisation", id, OrganisationId::parse, partners::findOrganisation);
    }

    /**
     * Corrects an organisation: only the fields sent change; a contact list replaces the contacts.
     *
     * @param id the organisation's id
     * @param command the fields to change and the version last read
     * @return the corrected organisation
     */
    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Operation(summary = "Correct a partner organisation")
    public OrganisationView update(@PathParam("id") String id, UpdateOrganisation command) {
        return partners.updateOrganisation(get(id).id(), command);
    }

    /**
     * @param id the organisation's id
     * @return its visits, latest first
     */
    @GET
    @Path("{id}/visits")
    @Operation(summary = "List a partner's visits")
    public List<VisitView> visits(@PathParam("id") String id) {
        return partners.visits(get(id).id());
    }

    /** @return every organisation by name */
    @GET
    @Operation(summary = "List partner organisations")
    public List<OrganisationView> list() {
        return partners.organisations();
    }
}
