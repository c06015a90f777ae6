package org.suaka.web.rest;

import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.suaka.platform.access.Roles;
import org.suaka.platform.api.PageRequest;
import org.suaka.platform.api.ResultPage;
import org.suaka.web.audit.AuditRecord;
import org.suaka.web.audit.AuditTrail;
import org.suaka.web.audit.AuditVerification;

/**
 * The audit trail, for administrators: search, verification of the hash chain, and export.
 */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class AuditResource {

    private static final int EXPORT_LIMIT = PageRequest.MAX_LIMIT;

    @Inject
    AuditTrail trail;

    /**
     * @param user a user name
     * @param entityId a record id
     * @param from the first day, YYYY-MM-DD
     * @param to the last day, YYYY-MM-DD
     * @param offset rows to skip
     * @param limit rows to return, at most 500
     * @return matching entries, latest first
     */
    @GET
    public ResultPage<AuditRecord> search(@QueryParam("user") String user, @QueryParam("entityId") String entityId,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("50") int limit) {
        return trail.search(user, entityId, from == null ? null : Dates.parse("from", from),
                to == null ? null : Dates.parse("to", to), new PageRequest(offset, limit));
    }

    /** @return whether the hash chain is intact, and where it breaks */
    @GET
    @Path("verify")
    public AuditVerification verify() {
        return trail.verify();
    }

    /**
     * @param user a user name
     * @param entityId a record id
     * @param from the first day, YYYY-MM-DD
     * @param to the last day, YYYY-MM-DD
     * @return the latest 500 matching entries as CSV
     */
    @GET
    @Path("export")
    @Produces("text/csv")
    public Response export(@QueryParam("user") String user, @QueryParam("entityId") String entityId,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        ResultPage<AuditRecord> page = search(user, entityId, from, to, 0, EXPORT_LIMIT);
        String csv = "seq,recordedAt,actor,action,entity,entityId,detail,address,purpose,hash\n"
                + page.items().stream().map(r -> String.join(",", String.valueOf(r.seq()), String.valueOf(r.recordedAt()),
                        csv(r.actor()), csv(r.action()), csv(r.entity()), csv(r.entityId()), csv(r.detail()),
                        csv(r.address()), csv(r.purpose()), r.hash())).collect(Collectors.joining("\n"));
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"suaka-audit.csv\"").build();
    }

    /** A CSV field, quoted, with formula starters neutralised so that spreadsheets do not run them. */
    private static String csv(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
