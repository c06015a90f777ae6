package org.suaka.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.suaka.platform.access.Roles;
import org.suaka.platform.api.InvalidFieldException;
import org.suaka.platform.api.RecordNotFoundException;
import org.suaka.registry.api.CardCheck;
import org.suaka.registry.api.CardService;

/**
 * Checks a special refugee ID card by the number printed on it: anyone signed in (officers, police through
 * partner accounts) learns whether it is valid, expired or revoked, and nothing about its holder.
 */
@Path("cards")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER, Roles.PARTNER})
public class CardResource {

    @Inject
    CardService cards;

    /**
     * @param number the number printed on the card, e.g. {@code KIK-KPG-2024-00007}
     * @return the card's state today, its dates and the office that issued it; 404 when no card has the number
     */
    @GET
    @Path("check")
    @Operation(summary = "Check a special refugee ID card by its number")
    public CardCheck check(@QueryParam("number") String number) {
        if (number == null || number.isBlank() || number.length() > 40) {
            throw new InvalidFieldException("number", "Give the card number as printed, at most 40 characters");
        }
        return cards.check(number).orElseThrow(() -> new RecordNotFoundException("card", number.strip()));
    }
}
