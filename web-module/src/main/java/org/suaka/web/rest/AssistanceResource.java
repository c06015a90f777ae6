package org.suaka.web.rest;

import java.time.YearMonth;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.suaka.partner.api.AssistanceQuery;
import org.suaka.partner.api.AssistanceService;
import org.suaka.partner.api.AssistanceTally;
import org.suaka.partner.api.AssistanceView;
import org.suaka.partner.api.OrganisationId;
import org.suaka.partner.api.RecordAssistance;
import org.suaka.partner.api.VoidAssistance;
import org.suaka.platform.access.Roles;
import org.suaka.platform.api.RecordNotFoundException;
import org.suaka.platform.api.ResultPage;
import org.suaka.registry.api.PersonId;

/**
 * Assistance partners give the office's persons, e.g. IOM's monthly cash assistance, and its totals. The
 * office records and voids; partner staff read their own organisation's.
 */
@Path("assistance")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER, Roles.PARTNER})
public class AssistanceResource {

    private static final String MONTH = "A month, e.g. 2024-09";

    @Inject
    AssistanceService assistance;

    @Context
    UriInfo uri;

    /**
     * @param command the recipient, the partner, what and for which month
     * @return 201 with the record
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Operation(summary = "Record assistance a partner gave for a month, to a person or their family")
    @APIResponse(responseCode = "201", description = "Recorded; the Location header names the record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssistanceView.class)))
    public Response record(RecordAssistance command) {
        AssistanceView recorded = assistance.record(command);
        return Created.at(uri, recorded.id(), recorded);
    }

    /**
     * @param organisation only this partner's
     * @param person only this recipient's
     * @param from only from this month on
     * @param to only up to this month
     * @param offset how many to skip
     * @param limit how many to return
     * @return the records the caller may read, latest month first
     */
    @GET
    @Operation(summary = "List assistance records")
    public ResultPage<AssistanceView> list(@QueryParam("organisation") String organisation, @QueryParam("person") String person,
            @QueryParam("fromMonth") @Parameter(description = MONTH) String from,
            @QueryParam("toMonth") @Parameter(description = MONTH) String to,
            @QueryParam("offset") @DefaultValue("0") String offset, @QueryParam("limit") @DefaultValue("50") String limit) {
        OrganisationId partner = blank(organisation) ? null : new OrganisationId(Codes.uuid("organisation", organisation));
        PersonId recipient = blank(person) ? null : new PersonId(Codes.uuid("person", person));
        return assistance.list(new AssistanceQuery(partner, recipient, month("fromMonth", from), month("toMonth", to),
                Paging.of(offset, limit)));
    }

    /**
     * @param from the first month
     * @param to the last month
     * @return the counted assistance per month, partner and kind
     */
    @GET
    @Path("totals")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "Totals of assistance per month, partner and kind (voided records left out)")
    public List<AssistanceTally> totals(
            @QueryParam("fromMonth") @Parameter(required = true, description = MONTH)
            String from,
            @QueryParam("toMonth") @Parameter(required = true, description = MONTH)
            String to) {
        return assistance.totals(Dates.month("fromMonth", from), Dates.month("toMonth", to));
    }

    /**
     * @param id the record's id
     * @return the record
     */
    @GET
    @Path("{id}")
    @Operation(summary = "Read an assistance record")
    public AssistanceView get(@PathParam("id") String id) {
        return assistance.find(Codes.pathId("assistance", id)).orElseThrow(() -> new RecordNotFoundException("assistance", id));
    }

    /**
     * @param id the record's id
     * @param command why, and the version last read
     * @return the record, voided
     */
    @POST
    @Path("{id}/void")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Operation(summary = "Void an assistance record entered in error (it stays, no longer counted)")
    public AssistanceView voidRecord(@PathParam("id") String id, VoidAssistance command) {
        return assistance.voidRecord(Codes.pathId("assistance", id), command);
    }

    private static YearMonth month(String parameter, String text) {
        return blank(text) ? null : Dates.month(parameter, text);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
