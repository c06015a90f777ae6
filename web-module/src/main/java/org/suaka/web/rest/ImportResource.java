package org.suaka.web.rest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.suaka.platform.access.Roles;
import org.suaka.registry.api.ImportDecision;
import org.suaka.registry.api.ImportField;
import org.suaka.registry.api.ImportOutcome;
import org.suaka.registry.api.ImportResult;
import org.suaka.registry.api.ImportService;
import org.suaka.registry.api.ImportVerdict;
import org.suaka.web.imports.ColumnMapping;
import org.suaka.web.imports.Sheet;
import org.suaka.web.imports.SheetReader;

/**
 * Imports of persons from the spreadsheets offices keep (XLSX or CSV, judged by content): a preview that writes
 * nothing, then the import of the same file with the officer's decisions for the rows they changed.
 */
@Path("imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
public class ImportResource {

    @Inject
    ImportService imports;

    /**
     * What a preview found.
     *
     * @param columns each field found and the header of the column it is read from
     * @param verdicts a verdict per row
     * @param newRows how many rows are new persons
     * @param duplicates how many are probably registered persons
     * @param repeated how many repeat an earlier row
     * @param invalid how many would be refused
     */
    public record Preview(List<MappedColumn> columns, List<ImportVerdict> verdicts, long newRows, long duplicates, long repeated,
            long invalid) {
    }

    /**
     * @param field a field of the import
     * @param header the header of the column it is read from
     */
    public record MappedColumn(ImportField field, String header) {
    }

    /**
     * @param content the file
     * @return the columns found and a verdict per row; nothing is written
     */
    @POST
    @Path("preview")
    @Consumes({ImportRequests.SPREADSHEET, "text/csv", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Preview an import of persons from an XLSX or CSV file: nothing is written")
    public Preview preview(byte[] content) {
        Sheet sheet = SheetReader.read(content, ImportService.MAX_ROWS);
        ColumnMapping mapping = ColumnMapping.of(sheet.header());
        List<ImportVerdict> verdicts = imports.preview(ImportRequests.rows(sheet, mapping));
        List<MappedColumn> columns = mapping.columns().entrySet().stream()
                .map(e -> new MappedColumn(e.getKey(), sheet.header().get(e.getValue()))).toList();
        return new Preview(columns, verdicts, count(verdicts, ImportOutcome.NEW), count(verdicts, ImportOutcome.DUPLICATE),
                count(verdicts, ImportOutcome.REPEATED), count(verdicts, ImportOutcome.INVALID));
    }

    /**
     * @param content the file, as previewed
     * @param fileName the file's name
     * @param create lines to register although the preview suggested otherwise
     * @param link lines to take as the registered person the preview found
     * @param skip lines to leave out
     * @return what was written and what was refused
     */
    @POST
    @Consumes({ImportRequests.SPREADSHEET, "text/csv", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Import persons from an XLSX or CSV file, each row as the preview suggested unless decided here")
    public ImportResult apply(byte[] content,
            @QueryParam("fileName") @Parameter(description = "The file's name, for the audit trail") String fileName,
            @QueryParam("create") @Parameter(description = ImportRequests.LINES) String create,
            @QueryParam("link") @Parameter(description = ImportRequests.LINES) String link,
            @QueryParam("skip") @Parameter(description = ImportRequests.LINES) String skip) {
        Map<Integer, ImportDecision> decisions = new HashMap<>();
        ImportRequests.decide(decisions, "create", create, ImportDecision.CREATE);
        ImportRequests.decide(decisions, "link", link, ImportDecision.LINK);
        ImportRequests.decide(decisions, "skip", skip, ImportDecision.SKIP);
        Sheet sheet = SheetReader.read(content, ImportService.MAX_ROWS);
        return imports.apply(SheetReader.source(fileName, content), ImportRequests.rows(sheet), decisions);
    }

    private static long count(List<ImportVerdict> verdicts, ImportOutcome outcome) {
        return verdicts.stream().filter(v -> v.outcome() == outcome).count();
    }
}
