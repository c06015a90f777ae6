package org.suaka.web.rest;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.suaka.audit.api.AuditCheckpoint;
import org.suaka.audit.api.AuditQuery;
import org.suaka.audit.api.AuditRecord;
import org.suaka.audit.api.AuditTrail;
import org.suaka.audit.api.AuditVerification;
import org.suaka.platform.access.Roles;
import org.suaka.platform.api.PageRequest;
import org.suaka.platform.api.ResultPage;
import org.suaka.platform.audit.FieldChange;

/**
 * The audit trail, for administrators: search, verification of the hash chain, checkpoints, and the
 * export of every matching entry.
 */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class AuditResource {

    @Inject
    AuditTrail trail;

    @Inject
    Clock clock;

    /**
     * @param user a user name
     * @param recordId a record id
     * @param operation an operation, e.g. {@code SIGN_IN_FAILED}
     * @param from the first day, YYYY-MM-DD, office time
     * @param to the last day, YYYY-MM-DD, office time
     * @param offset rows to skip
     * @param limit rows to return, at most 500
     * @return matching entries, latest first
     */
    @GET
    @Operation(summary = "Search the audit trail")
    public ResultPage<AuditRecord> search(@QueryParam("user") String user, @QueryParam("entityId") String recordId,
            @QueryParam("operation") String operation, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("offset") @DefaultValue("0") String offset, @QueryParam("limit") @DefaultValue("50") String limit) {
        return trail.search(query(user, recordId, operation, from, to), Paging.of(offset, limit));
    }

    private AuditQuery query(String user, String recordId, String operation, String from, String to) {
        return new AuditQuery(user, recordId, operation,
                from == null ? null : Dates.parse("from", from).atStartOfDay(clock.getZone()).toInstant(),
                to == null ? null : Dates.parse("to", to).plusDays(1).atStartOfDay(clock.getZone()).toInstant());
    }

    /** @return whether the hash chain is intact up to now and through its last checkpoint, and where it breaks */
    @GET
    @Path("verify")
    @Operation(summary = "Verify the audit trail's hash chain and its last checkpoint")
    public AuditVerification verify() {
        return trail.verify();
    }

    /** @return the checkpoint of the chain's head written now */
    @POST
    @Path("checkpoint")
    @Operation(summary = "Write a checkpoint of the audit chain's head now")
    public AuditCheckpoint checkpoint() {
        return trail.checkpoint();
    }

    /**
     * @param user a user name
     * @param recordId a record id
     * @param operation an operation
     * @param from the first day, YYYY-MM-DD
     * @param to the last day, YYYY-MM-DD
     * @return every matching entry as CSV, in the order written, read page by page
     */
    @GET
    @Path("export")
    @Produces("text/csv")
    @Operation(summary = "Export matching audit entries as CSV")
    public Response export(@QueryParam("user") String user, @QueryParam("entityId") String recordId,
            @QueryParam("operation") String operation, @QueryParam("from") String from, @QueryParam("to") String to) {
        AuditQuery query = query(user, recordId, operation, from, to);
        StreamingOutput csv = output -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            writer.write("id,chainSeq,occurredAt,actor,operation,recordType,recordId,outcome,changes,channel,"
                    + "address,purpose,request,hash\n");
            long after = 0;
            List<AuditRecord> slice;
            do {
                slice = trail.slice(query, after, PageRequest.MAX_LIMIT);
                for (AuditRecord r : slice) {
                    writer.write(String.join(",", String.valueOf(r.id()), String.valueOf(r.chainSeq()),
                            String.valueOf(r.occurredAt()), Csv.field(r.actor()), Csv.field(r.operation()),
                            Csv.field(r.recordType()), Csv.field(r.recordId()), Csv.field(r.outcome()),
                            Csv.field(changes(r.changes())), Csv.field(r.channel()), Csv.field(r.address()),
                            Csv.field(r.purpose()), Csv.field(r.request()), Csv.field(r.hash())));
                    writer.write('\n');
                    after = r.id();
                }
            } while (slice.size() == PageRequest.MAX_LIMIT);
            writer.flush();
        };
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"suaka-audit.csv\"").build();
    }

    private static String changes(List<FieldChange> changes) {
        return changes.stream().map(c -> c.field() + ": " + c.before() + " -> " + c.after())
                .collect(Collectors.joining("; "));
    }
}
