package org.suaka.web.rest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.suaka.platform.access.Roles;
import org.suaka.platform.api.InvalidFieldException;
import org.suaka.platform.api.RecordNotFoundException;
import org.suaka.platform.api.ResultPage;
import org.suaka.registry.api.ImportDecision;
import org.suaka.registry.api.ImportJobId;
import org.suaka.registry.api.ImportJobService;
import org.suaka.registry.api.ImportJobView;
import org.suaka.registry.api.ImportMappingService;
import org.suaka.registry.api.ImportOutcome;
import org.suaka.registry.api.ImportService;
import org.suaka.registry.api.ImportVerdict;
import org.suaka.web.imports.ColumnMapping;
import org.suaka.web.imports.Sheet;
import org.suaka.web.imports.SheetReader;

/**
 * Imports of any size as jobs that run in the background: start one with the file, follow its progress,
 * read its verdicts page by page, then apply it with the officer's decisions. A job outlives the request
 * and the page that started it.
 */
@Path("imports/jobs")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
public class ImportJobResource {

    private static final String JOB = "import job";

    @Inject
    ImportJobService jobs;

    @Inject
    ImportMappingService mappings;

    @Context
    UriInfo uri;

    /**
     * @param content the file
     * @param fileName the file's name
     * @return 202 with the job, previewing; the Location header names it
     */
    @POST
    @Consumes({ImportRequests.SPREADSHEET, "text/csv", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Start an import of persons from an XLSX or CSV file: its rows are previewed in the background")
    @APIResponse(responseCode = "202", description = "Accepted: follow the job at the Location header",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobView.class)))
    public Response start(byte[] content,
            @QueryParam("fileName") @Parameter(description = "The file's name, for the audit trail") String fileName,
            @QueryParam("mapping") @Parameter(description = "A saved mapping's name; else the columns are found by their headers")
            String mapping,
            @QueryParam("lang") @Parameter(description = "The language of the reasons rows are refused for, id (default) or en")
            String lang, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Sheet sheet = SheetReader.read(content, ImportService.MAX_ROWS);
        String name = ImportRequests.fileName(fileName);
        ColumnMapping columns = mapping == null || mapping.isBlank() ? ColumnMapping.of(sheet.header())
                : ColumnMapping.of(sheet.header(), mappings.mappings().stream().filter(m -> m.name().equals(mapping.strip()))
                        .findFirst().orElseThrow(() -> new InvalidFieldException("mapping", "The office has no mapping named '"
                                + mapping.strip() + "'")).headers());
        ImportJobView job = jobs.start(name, SheetReader.source(name, content), ImportRequests.rows(sheet, columns),
                DocumentLanguage.choose(lang, acceptLanguage));
        return Response.accepted(job).location(uri.getAbsolutePathBuilder().path(job.id().toString()).build()).build();
    }

    /** @return the office's last import jobs, newest first */
    @GET
    @Operation(summary = "The office's last import jobs")
    public List<ImportJobView> recent() {
        return jobs.recent();
    }

    /**
     * @param id a job
     * @return the job, with its progress and counts
     */
    @GET
    @Path("{id}")
    @Operation(summary = "Follow an import job")
    public ImportJobView get(@PathParam("id") String id) {
        return jobs.find(jobId(id)).orElseThrow(() -> new RecordNotFoundException(JOB, id));
    }

    /**
     * @param id a job
     * @param outcome only rows of this outcome
     * @param offset how many to skip
     * @param limit how many to return
     * @return the rows' verdicts, each with the decision taken for it as its suggestion
     */
    @GET
    @Path("{id}/rows")
    @Operation(summary = "An import job's rows with their verdicts, page by page")
    public ResultPage<ImportVerdict> rows(@PathParam("id") String id,
            @QueryParam("outcome") @Parameter(description = "NEW, DUPLICATE, REPEATED or INVALID") String outcome,
            @QueryParam("offset") @DefaultValue("0") String offset, @QueryParam("limit") @DefaultValue("50") String limit) {
        ImportOutcome wanted = outcome == null || outcome.isBlank() ? null : Codes.parse("outcome", outcome, ImportOutcome.class);
        return jobs.verdicts(jobId(id), wanted, Paging.of(offset, limit));
    }

    /**
     * @param id a job, previewed
     * @param create lines to register although the preview suggested otherwise
     * @param link lines to take as the registered person the preview found
     * @param skip lines to leave out
     * @return 202 with the job, applying
     */
    @POST
    @Path("{id}/apply")
    @Operation(summary = "Apply an import job, each row as the preview suggested unless decided here")
    @APIResponse(responseCode = "202", description = "Accepted: follow the job at its address",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobView.class)))
    public Response apply(@PathParam("id") String id,
            @QueryParam("create") @Parameter(description = ImportRequests.LINES) String create,
            @QueryParam("link") @Parameter(description = ImportRequests.LINES) String link,
            @QueryParam("skip") @Parameter(description = ImportRequests.LINES) String skip) {
        ImportJobId job = jobId(id);
        Map<Integer, ImportDecision> decisions = new HashMap<>();
        ImportRequests.decide(decisions, "create", create, ImportDecision.CREATE);
        ImportRequests.decide(decisions, "link", link, ImportDecision.LINK);
        ImportRequests.decide(decisions, "skip", skip, ImportDecision.SKIP);
        if (!decisions.isEmpty()) {
            jobs.decide(job, decisions);
        }
        return Response.accepted(jobs.apply(job)).build();
    }

    private static ImportJobId jobId(String id) {
        return new ImportJobId(Codes.pathId(JOB, id));
    }
}
