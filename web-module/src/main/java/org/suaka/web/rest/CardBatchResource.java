package org.suaka.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.suaka.platform.access.Roles;
import org.suaka.platform.api.InvalidFieldException;
import org.suaka.platform.api.RecordNotFoundException;
import org.suaka.reporting.api.CardBatchService;
import org.suaka.reporting.api.CardBatchView;
import org.suaka.reporting.api.StartCardBatch;

/**
 * Batches of special refugee ID cards for a whole shelter, made in the background: start one, follow its
 * progress, then download the issued document from {@code /reports/issued/{code}/pdf}.
 */
@Path("card-batches")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER})
public class CardBatchResource {

    @Inject
    CardBatchService batches;

    @Context
    UriInfo uri;

    /**
     * @param command the shelter
     * @param lang the cards' language, {@code id} (default) or {@code en}
     * @param acceptLanguage the browser's language preference, used when {@code lang} is not given
     * @return 202 with the batch, queued; the Location header names it
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Operation(summary = "Start the ID cards of everyone placed in a shelter")
    @APIResponse(responseCode = "202", description = "Accepted: follow the batch at the Location header",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CardBatchView.class)))
    public Response start(StartCardBatch command, @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        if (command == null || command.shelterId() == null) {
            throw new InvalidFieldException("shelterId", "Name the shelter whose occupants get their cards");
        }
        CardBatchView batch = batches.start(command.shelterId(), DocumentLanguage.choose(lang, acceptLanguage));
        return Response.accepted(batch).location(uri.getAbsolutePathBuilder().path(batch.id().toString()).build())
                .build();
    }

    /**
     * @param id the batch's id
     * @return the batch as it stands: its progress, and its verification code once done
     */
    @GET
    @Path("{id}")
    @Operation(summary = "Follow a batch of ID cards")
    public CardBatchView get(@PathParam("id") String id) {
        return batches.find(Codes.pathId("card batch", id)).orElseThrow(() -> new RecordNotFoundException("card batch", id));
    }
}
