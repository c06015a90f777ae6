package org.suaka.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.suaka.platform.access.Roles;
import org.suaka.platform.api.ResultPage;
import org.suaka.shelter.api.AbsenceAlert;
import org.suaka.shelter.api.PresenceService;
import org.suaka.shelter.api.PresenceSheet;
import org.suaka.shelter.api.ShelterId;
import org.suaka.shelter.api.SubmitPresence;

/**
 * Presence checks (roll calls): the sheet of a shelter on a day, saved as one submission; and the persons
 * found absent without a permit three checks in a row.
 */
@Path("presence-checks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER})
public class PresenceResource {

    @Inject
    PresenceService presence;

    /**
     * @param shelter the shelter's id
     * @param date the day, as {@code YYYY-MM-DD}
     * @return the check as saved, or the sheet to take with its marks suggested
     */
    @GET
    @Operation(summary = "Read the presence check of a shelter on a day")
    public PresenceSheet sheet(@QueryParam("shelter") String shelter, @QueryParam("date") String date) {
        return presence.sheet(new ShelterId(Codes.uuid("shelter", shelter == null ? "" : shelter)), Dates.parse("date", date));
    }

    /**
     * Saves the whole sheet at once. The first submission of a day sends no version; a correction sends the
     * version read, and a second officer who checked at the same time gets 409.
     *
     * @param command the shelter, the day, a mark per expected person, the version for a correction
     * @return the check as saved, with the absences without a permit flagged
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Operation(summary = "Save a presence check")
    public PresenceSheet submit(SubmitPresence command) {
        return presence.submit(command);
    }

    /**
     * @param offset how many to skip
     * @param limit how many to return
     * @return the persons found absent without a permit three checks in a row or more, longest first
     */
    @GET
    @Path("alerts")
    @Operation(summary = "List the persons absent without a permit three checks in a row")
    public ResultPage<AbsenceAlert> alerts(@QueryParam("offset") @DefaultValue("0") String offset,
            @QueryParam("limit") @DefaultValue("50") String limit) {
        return presence.alerts(Paging.of(offset, limit));
    }
}
