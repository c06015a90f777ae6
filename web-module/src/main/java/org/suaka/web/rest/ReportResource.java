package org.suaka.web.rest;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.suaka.platform.access.Roles;
import org.suaka.platform.api.InvalidFieldException;
import org.suaka.platform.api.RecordNotFoundException;
import org.suaka.platform.api.ResultPage;
import org.suaka.reporting.api.DatasetInfo;
import org.suaka.reporting.api.IssuedQuery;
import org.suaka.reporting.api.IssuedReport;
import org.suaka.reporting.api.IssuedReportRecord;
import org.suaka.reporting.api.ReportInfo;
import org.suaka.reporting.api.ReportRequest;
import org.suaka.reporting.api.ReportService;
import org.suaka.reporting.api.RevokeDocument;
import org.suaka.reporting.api.Verification;
import org.suaka.web.rest.problem.Problem;

/**
 * Official reports: the catalogue, issuing a PDF, and verifying one later.
 */
@Path("reports")
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER})
public class ReportResource {

    private static final String PDF = "application/pdf";
    private static final int MAX_PDF_BYTES = 20 * 1024 * 1024;
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    @Inject
    ReportService reports;

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    /**
     * @param lang {@code id} or {@code en}
     * @param acceptLanguage the browser's language preference, used when {@code lang} is not given
     * @return every installed report
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List the installed reports")
    public List<ReportInfo> catalogue(@QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return reports.catalogue(DocumentLanguage.choose(lang, acceptLanguage));
    }

    /** @return the named datasets that template-only plugins read, with their fields and parameters */
    @GET
    @Path("datasets")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List the datasets report templates read")
    public List<DatasetInfo> datasets() {
        return reports.datasets();
    }

    /**
     * Issues an official PDF. Every query parameter but {@code lang} is an argument of the report, e.g.
     * {@code GET /api/v1/reports/monthly-statistics?month=2024-09}.
     *
     * @param reportId the report's id
     * @param lang {@code id} (default) or {@code en}
     * @param acceptLanguage the browser's language preference, used when {@code lang} is not given
     * @return the PDF, with its number and verification code in headers
     */
    @GET
    @Path("{reportId}")
    @Produces({PDF, Problem.MEDIA_TYPE})
    @Operation(summary = "Issue an official PDF report")
    public Response issue(@PathParam("reportId") String reportId, @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Map<String, String> arguments = new HashMap<>();
        uri.getQueryParameters().forEach((name, values) -> {
            if (!"lang".equals(name)) {
                arguments.put(name, values.get(values.size() - 1));
            }
        });
        Locale locale = DocumentLanguage.choose(lang, acceptLanguage);
        IssuedReport report = reports.issue(new ReportRequest(reportId, arguments, locale,
                security.getUserPrincipal().getName()));
        return Response.ok(report.pdf(), PDF)
                .header("Content-Disposition", "attachment; filename=\"" + report.fileName() + "\"")
                .header("X-Document-Number", report.documentNumber())
                .header("X-Verification-Code", report.verificationCode())
                .header("X-Content-SHA256", report.sha256())
                .build();
    }

    /**
     * @param code a verification code printed on a document
     * @return what was issued under it
     */
    @GET
    @Path("verify/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Look up what was issued under a verification code")
    public IssuedReportRecord issued(@PathParam("code") String code) {
        return reports.find(code).orElseThrow(() -> new RecordNotFoundException("issued document", code));
    }

    /**
     * @param code the verification code printed on the document
     * @param pdf the file presented as that document
     * @return whether it is authentic and unchanged
     */
    @POST
    @Path("verify/{code}")
    @Consumes({PDF, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verify that a PDF is authentic and unchanged")
    public Verification verify(@PathParam("code") String code, byte[] pdf) {
        if (pdf == null || pdf.length < PDF_MAGIC.length || pdf.length > MAX_PDF_BYTES) {
            throw new InvalidFieldException("body", "Send the PDF file as the request body, at most 20 MB");
        }
        if (!Arrays.equals(Arrays.copyOf(pdf, PDF_MAGIC.length), PDF_MAGIC)) {
            throw new InvalidFieldException("body", "The body is not a PDF file, whatever its declared type");
        }
        return reports.verify(code, pdf);
    }

    /**
     * @param report only this report's documents
     * @param month only documents issued in this month, as {@code YYYY-MM}
     * @param user only documents issued by this user
     * @param offset how many to skip
     * @param limit how many to return
     * @return the documents the caller's offices issued, latest first
     */
    @GET
    @Path("issued")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List the documents issued, latest first")
    public ResultPage<IssuedReportRecord> history(@QueryParam("report") String report, @QueryParam("month") String month,
            @QueryParam("user") String user, @QueryParam("offset") @DefaultValue("0") String offset,
            @QueryParam("limit") @DefaultValue("50") String limit) {
        YearMonth inMonth = month == null || month.isBlank() ? null : Dates.month("month", month);
        return reports.issued(new IssuedQuery(report, inMonth, user, Paging.of(offset, limit)));
    }

    /**
     * @param code the document's verification code
     * @return the PDF exactly as it was issued
     */
    @GET
    @Path("issued/{code}/pdf")
    @Produces({PDF, Problem.MEDIA_TYPE})
    @Operation(summary = "Download an issued document as it was issued")
    @APIResponse(responseCode = "200", description = "The PDF as archived when it was issued",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response archived(@PathParam("code") String code) {
        byte[] pdf = reports.archived(code).orElseThrow(() -> new RecordNotFoundException("issued document", code));
        return Response.ok(pdf, PDF).header("Content-Disposition", "attachment; filename=\"" + code + ".pdf\"").build();
    }

    /**
     * @param code the document's verification code
     * @param command why it is withdrawn
     * @return the document, revoked: verification says so from now on
     */
    @POST
    @Path("issued/{code}/revoke")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "Revoke an issued document")
    public IssuedReportRecord revoke(@PathParam("code") String code, RevokeDocument command) {
        return reports.revoke(code, command);
    }
}
