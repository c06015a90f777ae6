package org.suaka.web.rest;

import java.util.ArrayList;
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
import org.suaka.platform.api.InvalidFieldException;
import org.suaka.registry.api.ImportDecision;
import org.suaka.registry.api.ImportField;
import org.suaka.registry.api.ImportOutcome;
import org.suaka.registry.api.ImportResult;
import org.suaka.registry.api.ImportRow;
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

    private static final String SPREADSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String LINES = "Line numbers separated by commas, e.g. 4,7";

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
    @Consumes({SPREADSHEET, "text/csv", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Preview an import of persons from an XLSX or CSV file: nothing is written")
    public Preview preview(byte[] content) {
        Sheet sheet = SheetReader.read(content, ImportService.MAX_ROWS);
        ColumnMapping mapping = ColumnMapping.of(sheet.header());
        List<ImportVerdict> verdicts = imports.preview(rows(sheet, mapping));
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
    @Consumes({SPREADSHEET, "text/csv", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Import persons from an XLSX or CSV file, each row as the preview suggested unless decided here")
    public ImportResult apply(byte[] content,
            @QueryParam("fileName") @Parameter(description = "The file's name, for the audit trail") String fileName,
            @QueryParam("create") @Parameter(description = LINES) String create,
            @QueryParam("link") @Parameter(description = LINES) String link,
            @QueryParam("skip") @Parameter(description = LINES) String skip) {
        Map<Integer, ImportDecision> decisions = new HashMap<>();
        decide(decisions, "create", create, ImportDecision.CREATE);
        decide(decisions, "link", link, ImportDecision.LINK);
        decide(decisions, "skip", skip, ImportDecision.SKIP);
        Sheet sheet = SheetReader.read(content, ImportService.MAX_ROWS);
        return imports.apply(SheetReader.source(fileName, content), rows(sheet, ColumnMapping.of(sheet.header())), decisions);
    }

    private static long count(List<ImportVerdict> verdicts, ImportOutcome outcome) {
        return verdicts.stream().filter(v -> v.outcome() == outcome).count();
    }

    private static List<ImportRow> rows(Sheet sheet, ColumnMapping mapping) {
        if (!mapping.columns().containsKey(ImportField.GIVEN_NAME)) {
            throw new InvalidFieldException("file", "No column holds the given name (e.g. 'Nama depan' or 'Given name')");
        }
        return mapping.rows(sheet);
    }

    private static void decide(Map<Integer, ImportDecision> decisions, String parameter, String lines, ImportDecision decision) {
        if (lines == null || lines.isBlank()) {
            return;
        }
        List<Integer> numbers = new ArrayList<>();
        for (String line : lines.split(",")) {
            try {
                numbers.add(Integer.parseInt(line.strip()));
            } catch (NumberFormatException e) {
                throw new InvalidFieldException(parameter, "Give line numbers separated by commas, e.g. 4,7");
            }
        }
        numbers.forEach(n -> decisions.put(n, decision));
    }
}
