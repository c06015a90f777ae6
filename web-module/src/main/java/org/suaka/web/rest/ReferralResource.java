package org.suaka.web.rest;

import java.time.LocalDate;

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
import org.suaka.partner.api.AnswerReferral;
import org.suaka.partner.api.CompleteReferral;
import org.suaka.partner.api.OrganisationId;
import org.suaka.partner.api.Refer;
import org.suaka.partner.api.ReferralQuery;
import org.suaka.partner.api.ReferralService;
import org.suaka.partner.api.ReferralStatus;
import org.suaka.partner.api.ReferralView;
import org.suaka.platform.access.Roles;
import org.suaka.platform.api.RecordNotFoundException;
import org.suaka.platform.api.ResultPage;
import org.suaka.registry.api.PersonId;

/**
 * Referrals of persons to partners. Partner staff read their own organisation's referrals and accept,
 * reject and complete them; the office refers and cancels.
 */
@Path("referrals")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER, Roles.PARTNER})
public class ReferralResource {

    @Inject
    ReferralService referrals;

    @Context
    UriInfo uri;

    /**
     * @param command the person, the partner, the service and why
     * @return 201 with the referral
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Operation(summary = "Refer a person to a partner for a service")
    @APIResponse(responseCode = "201", description = "Referred; the Location header names the referral",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class)))
    public Response refer(Refer command) {
        ReferralView referral = referrals.refer(command);
        return Created.at(uri, referral.id(), referral);
    }

    /**
     * @param organisation only this partner's
     * @param person only this person's
     * @param status only in this status
     * @param from only those requested on or after this day
     * @param to only those requested on or before this day
     * @param offset how many to skip
     * @param limit how many to return
     * @return the referrals the caller may read, latest first
     */
    @GET
    @Operation(summary = "List referrals")
    public ResultPage<ReferralView> list(@QueryParam("organisation") String organisation, @QueryParam("person") String person,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = ReferralStatus.class)) String status,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("offset") @DefaultValue("0") String offset, @QueryParam("limit") @DefaultValue("50") String limit) {
        OrganisationId partner = blank(organisation) ? null : new OrganisationId(Codes.uuid("organisation", organisation));
        PersonId personId = blank(person) ? null : new PersonId(Codes.uuid("person", person));
        LocalDate first = blank(from) ? null : Dates.parse("from", from);
        LocalDate last = blank(to) ? null : Dates.parse("to", to);
        return referrals.list(new ReferralQuery(partner, personId, Codes.parse("status", status, ReferralStatus.class), first,
                last, Paging.of(offset, limit)));
    }

    /**
     * @param id the referral's id
     * @return the referral
     */
    @GET
    @Path("{id}")
    @Operation(summary = "Read a referral")
    public ReferralView get(@PathParam("id") String id) {
        return referrals.find(Codes.pathId("referral", id)).orElseThrow(() -> new RecordNotFoundException("referral", id));
    }

    /**
     * @param id the referral's id
     * @param command a note and the version last read
     * @return the referral, accepted
     */
    @POST
    @Path("{id}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.PARTNER})
    @Operation(summary = "Accept a referral (the partner)")
    public ReferralView accept(@PathParam("id") String id, AnswerReferral command) {
        return referrals.accept(Codes.pathId("referral", id), command);
    }

    /**
     * @param id the referral's id
     * @param command why, and the version last read
     * @return the referral, rejected
     */
    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.PARTNER})
    @Operation(summary = "Reject a referral (the partner)")
    public ReferralView reject(@PathParam("id") String id, AnswerReferral command) {
        return referrals.reject(Codes.pathId("referral", id), command);
    }

    /**
     * @param id the referral's id
     * @param command the day and the outcome, and the version last read
     * @return the referral, completed
     */
    @POST
    @Path("{id}/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.PARTNER})
    @Operation(summary = "Record the outcome of an accepted referral")
    public ReferralView complete(@PathParam("id") String id, CompleteReferral command) {
        return referrals.complete(Codes.pathId("referral", id), command);
    }

    /**
     * @param id the referral's id
     * @param command why, and the version last read
     * @return the referral, cancelled
     */
    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Operation(summary = "Withdraw a referral (the office)")
    public ReferralView cancel(@PathParam("id") String id, AnswerReferral command) {
        return referrals.cancel(Codes.pathId("referral", id), command);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
