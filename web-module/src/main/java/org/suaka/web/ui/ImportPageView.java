package org.suaka.web.ui;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

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
import org.suaka.web.export.SheetFormat;
import org.suaka.web.export.SheetWriter;
import org.suaka.web.imports.SheetReader;

/**
 * The import page: a spreadsheet chosen, its columns matched to fields by header, every row previewed (new,
 * probable duplicate with the person it matches, repeated, refused with the reason) before anything is
 * written, the officer's decision per row, then the import and what it wrote.
 */
@Named("importPage")
@ViewScoped
public class ImportPageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ImportService imports;

    private transient Part file;
    private String fileName;
    private List<ImportRow> rows = List.of();
    private String source;
    private Sheet sheet;
    /** The column index chosen per field name, as text: the page's selects submit text; empty for none. */
    private final Map<String, String> chosenColumns = new HashMap<>();
    private Map<ImportField, String> columns = Map.of();
    private List<ImportVerdict> verdicts = List.of();
    /** The decision per line, by name: the page's selects submit text. */
    private final Map<Integer, String> decisions = new HashMap<>();
    private ImportResult result;

    /** Reads the chosen file and previews every row; nothing is written. */
    public void preview() {
        FormFailures.submit("import", () -> {
            byte[] content = ChosenFiles.read(file, "file", SheetReader.MAX_BYTES, "import.tooLarge");
            if (content == null) {
                throw new InvalidFieldException("file", Messages.text("import.chooseFile"));
            }
            Sheet read = SheetReader.read(content, ImportService.MAX_ROWS);
            ColumnMapping mapping = ColumnMapping.of(read.header());
            if (!mapping.columns().containsKey(ImportField.GIVEN_NAME)) {
                throw new InvalidFieldException("file", Messages.text("import.noNameColumn"));
            }
            sheet = read;
            fileName = file.getSubmittedFileName();
            source = SheetReader.source(fileName, content);
            chosenColumns.clear();
            mapping.columns().forEach((field, column) -> chosenColumns.put(field.name(), String.valueOf(column)));
            previewWith(mapping);
            return null;
        });
    }

    /** Previews the file again with the columns as the officer corrected them. */
    public void remap() {
        FormFailures.submit("import", () -> {
            ColumnMapping mapping = ColumnMapping.of(List.of());
            for (ImportField field : ImportField.values()) {
                String column = chosenColumns.get(field.name());
                mapping = mapping.with(field, column == null || column.isBlank() ? null : Integer.valueOf(column));
            }
            if (!mapping.columns().containsKey(ImportField.GIVEN_NAME)) {
                throw new InvalidFieldException("file", Messages.text("import.noNameColumn"));
            }
            previewWith(mapping);
            return null;
        });
    }

    private void previewWith(ColumnMapping mapping) {
        Map<ImportField, String> found = new EnumMap<>(ImportField.class);
        mapping.columns().forEach((field, column) -> found.put(field, sheet.header().get(column)));
        rows = mapping.rows(sheet);
        columns = found;
        verdicts = imports.preview(rows);
        decisions.clear();
        verdicts.forEach(v -> decisions.put(v.line(), v.suggested().name()));
        result = null;
    }

    /**
     * Sends the refused rows, with their reasons, as a CSV file: those of the last import, or of the preview.
     *
     * @throws java.io.IOException when the response refuses
     */
    public void downloadRefused() throws java.io.IOException {
        List<ImportVerdict> refused = result != null ? result.refused()
                : verdicts.stream().filter(v -> v.outcome() == ImportOutcome.INVALID).toList();
        jakarta.faces.context.ExternalContext external = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
        external.responseReset();
        external.setResponseContentType(SheetFormat.CSV.mediaType());
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"ditolak-" + fileName.replaceAll("[^A-Za-z0-9._-]", "_")
                + (fileName.endsWith(".csv") ? "" : ".csv") + "\"");
        try (SheetWriter out = SheetFormat.CSV.open(external.getResponseOutputStream(), "ditolak")) {
            out.row(List.of(Messages.text("import.line"), Messages.text("person.fullName"), Messages.text("import.reasons")));
            for (ImportVerdict verdict : refused) {
                out.row(java.util.Arrays.asList(verdict.line(), verdict.name(), problemsOf(verdict)));
            }
        }
        jakarta.faces.context.FacesContext.getCurrentInstance().responseComplete();
    }

    /** @return the file's headers with their column index as text, for the mapping's selects */
    public List<Map.Entry<String, String>> getHeaders() {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (int column = 0; sheet != null && column < sheet.header().size(); column++) {
            headers.add(Map.entry(String.valueOf(column), sheet.header().get(column)));
        }
        return headers;
    }

    /** @return the fields of an import, in order */
    public ImportField[] getFields() {
        return ImportField.values();
    }

    /** @return the column chosen per field name, for the mapping's selects */
    public Map<String, String> getChosenColumns() {
        return chosenColumns;
    }

    /** Imports the rows as decided. */
    public void apply() {
        FormFailures.submit("import", () -> {
            Map<Integer, ImportDecision> decided = new HashMap<>();
            decisions.forEach((line, name) -> decided.put(line, ImportDecision.valueOf(name)));
            result = imports.apply(source, rows, decided);
            Messages.info(Messages.text("import.done", result.created(), result.linked(), result.skipped(), result.refused().size()));
            verdicts = imports.preview(rows);
            return null;
        });
    }

    /**
     * @param outcome an outcome
     * @return how many rows of the preview have it
     */
    public long count(String outcome) {
        ImportOutcome wanted = ImportOutcome.valueOf(outcome);
        return verdicts.stream().filter(v -> v.outcome() == wanted).count();
    }

    /**
     * @param verdict a row's verdict
     * @return the decisions the officer may take for it
     */
    public List<ImportDecision> choicesFor(ImportVerdict verdict) {
        List<ImportDecision> choices = new ArrayList<>(List.of(ImportDecision.CREATE, ImportDecision.SKIP));
        if (verdict.candidate() != null) {
            choices.add(1, ImportDecision.LINK);
        }
        return choices;
    }

    /** @return the decision per line, by name, for the table's selects */
    public Map<Integer, String> getDecisions() {
        return decisions;
    }

    /** @return each field found and the header of its column */
    public Map<ImportField, String> getColumns() {
        return columns;
    }

    /** @return the fields found, in order */
    public List<ImportField> getMappedFields() {
        return new ArrayList<>(columns.keySet());
    }

    /** @return the verdict per row of the file previewed */
    public List<ImportVerdict> getVerdicts() {
        return verdicts;
    }

    /**
     * @param verdict a row's verdict
     * @return why it is refused, reason after reason
     */
    public String problemsOf(ImportVerdict verdict) {
        return String.join("; ", verdict.problems());
    }

    /** @return what the last import wrote, in words */
    public String getWritten() {
        return result == null ? "" : Messages.text("import.written", result.created(), result.linked(), result.skipped(),
                result.refused().size());
    }

    /** @return what the last import wrote, or null */
    public ImportResult getResult() {
        return result;
    }

    /** @return the name of the file previewed */
    public String getFileName() {
        return fileName;
    }

    /** @return the file chosen */
    public Part getFile() {
        return file;
    }

    /** @param file the file chosen */
    public void setFile(Part file) {
        this.file = file;
    }
}
