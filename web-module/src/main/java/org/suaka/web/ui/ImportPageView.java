package org.suaka.web.ui;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import org.suaka.platform.api.InvalidFieldException;
import org.suaka.platform.api.PageRequest;
import org.suaka.platform.api.ResultPage;
import org.suaka.registry.api.ImportDecision;
import org.suaka.registry.api.ImportField;
import org.suaka.registry.api.ImportJobId;
import org.suaka.registry.api.ImportJobService;
import org.suaka.registry.api.ImportJobState;
import org.suaka.registry.api.ImportJobView;
import org.suaka.registry.api.ImportMapping;
import org.suaka.registry.api.ImportMappingService;
import org.suaka.registry.api.ImportOutcome;
import org.suaka.registry.api.ImportService;
import org.suaka.registry.api.ImportVerdict;
import org.suaka.web.export.SheetFormat;
import org.suaka.web.export.SheetWriter;
import org.suaka.web.imports.ColumnMapping;
import org.suaka.web.imports.Sheet;
import org.suaka.web.imports.SheetReader;

/**
 * The import page. Without a job: a spreadsheet chosen, its columns matched to fields by header or by a
 * mapping saved by name (and corrected, and saved, here), then its preview started as a job. With a job
 * ({@code ?job=}): its progress while it runs, then its rows page by page (new, probable duplicate with the
 * person it matches, repeated, refused with the reason), the officer's decision per row or for all rows of
 * an outcome, the apply and what it wrote. The job lives in the database, so the page can be reloaded or
 * left and the job found again among the office's last imports.
 */
@Named("importPage")
@ViewScoped
public class ImportPageView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "import";

    @Inject
    transient ImportJobService jobs;

    @Inject
    transient ImportMappingService mappings;

    @Inject
    transient Clock clock;

    @Inject
    LanguageView language;

    private transient Part file;
    private String jobParameter;
    private ImportJobView job;
    private String fileName;
    private String source;
    private Sheet sheet;
    private String savedMapping;
    private String mappingName;
    private List<String> mappingNames;
    private List<ImportJobView> recent;
    /** The column index chosen per field name, as text: the page's selects submit text; empty for none. */
    private final Map<String, String> chosenColumns = new HashMap<>();
    /** The outcome shown, by name, or empty for every row. */
    private String outcomeShown = "";
    /** The decision per line of the rows shown, by name: the page's selects submit text. */
    private final Map<Integer, String> decisions = new HashMap<>();
    private String allOutcome = ImportOutcome.DUPLICATE.name();
    private String allDecision = ImportDecision.LINK.name();
    private final ServicePages<ImportVerdict> verdicts = new ServicePages<>(this::verdictPage, v -> String.valueOf(v.line()))
            .whenShown(rows -> rows.forEach(v -> decisions.put(v.line(), v.suggested().name())));

    /** Opens the job the address names, if any. */
    public void load() {
        if (jobParameter != null && !jobParameter.isBlank()) {
            job = ImportJobId.parse(jobParameter).flatMap(jobs::find).orElse(null);
            if (job == null) {
                Messages.error(null, Messages.text("import.noJob"));
            }
        }
    }

    /** Reads the chosen file's header and matches its columns to fields; nothing is kept yet. */
    public void read() {
        FormFailures.submit(FORM, () -> {
            byte[] content = ChosenFiles.read(file, "file", SheetReader.MAX_BYTES, "import.tooLarge");
            if (content == null) {
                throw new InvalidFieldException("file", Messages.text("import.chooseFile"));
            }
            Sheet read = SheetReader.read(content, ImportService.MAX_ROWS);
            ColumnMapping mapping = savedMapping == null || savedMapping.isBlank() ? ColumnMapping.of(read.header())
                    : ColumnMapping.of(read.header(), mappings.mappings().stream().filter(m -> m.name().equals(savedMapping))
                            .findFirst().map(ImportMapping::headers).orElse(Map.of()));
            sheet = read;
            fileName = file.getSubmittedFileName();
            source = SheetReader.source(fileName, content);
            mappingName = savedMapping;
            chosenColumns.clear();
            mapping.columns().forEach((field, column) -> chosenColumns.put(field.name(), String.valueOf(column)));
            return null;
        });
    }

    /** Saves the columns as chosen, by the name given, for the next file of this shape. */
    public void saveMapping() {
        FormFailures.submit(FORM, () -> {
            if (mappingName == null || mappingName.isBlank()) {
                throw new InvalidFieldException("mappingName", Messages.text("import.mappingNameMissing"));
            }
            ImportMapping saved = mappings.save(new ImportMapping(mappingName.strip(), chosen().headers(sheet.header())));
            savedMapping = saved.name();
            mappingNames = null;
            Messages.info(Messages.text("import.mappingSaved", saved.name()));
            return null;
        });
    }

    /**
     * Starts the preview of every row as a job and opens it.
     *
     * @return the job's address
     */
    public String preview() {
        return FormFailures.submit(FORM, () -> {
            if (sheet == null) {
                throw new InvalidFieldException("file", Messages.text("import.chooseFile"));
            }
            ColumnMapping mapping = chosen();
            if (!mapping.columns().containsKey(ImportField.GIVEN_NAME)) {
                throw new InvalidFieldException("file", Messages.text("import.noNameColumn"));
            }
            ImportJobView started = jobs.start(fileName, source, mapping.rows(sheet), language.getLocale());
            sheet = null;
            return "/app/import?faces-redirect=true&job=" + started.id();
        });
    }

    private ColumnMapping chosen() {
        ColumnMapping mapping = ColumnMapping.of(List.of());
        for (ImportField field : ImportField.values()) {
            String column = chosenColumns.get(field.name());
            mapping = mapping.with(field, column == null || column.isBlank() ? null : Integer.valueOf(column));
        }
        return mapping;
    }

    /** Reads the job's progress again. */
    public void refresh() {
        if (job != null) {
            jobs.find(job.id()).ifPresent(now -> job = now);
        }
    }

    /**
     * Keeps the officer's decision for a row at once.
     *
     * @param line the row's line
     */
    public void decide(int line) {
        FormFailures.submit(FORM, () -> {
            job = jobs.decide(job.id(), Map.of(line, ImportDecision.valueOf(decisions.get(line))));
            return null;
        });
    }

    /** Takes one decision for every row of an outcome. */
    public void decideAll() {
        FormFailures.submit(FORM, () -> {
            job = jobs.decideAll(job.id(), ImportOutcome.valueOf(allOutcome), ImportDecision.valueOf(allDecision));
            decisions.clear();
            Messages.info(Messages.text("import.decidedAll"));
            return null;
        });
    }

    /** Applies the rows as decided, in the background; applying a failed job goes on where it stopped. */
    public void apply() {
        FormFailures.submit(FORM, () -> {
            job = jobs.apply(job.id());
            return null;
        });
    }

    private ResultPage<ImportVerdict> verdictPage(PageRequest page) {
        if (job == null) {
            return new ResultPage<>(List.of(), 0, 0);
        }
        return jobs.verdicts(job.id(), outcomeShown == null || outcomeShown.isBlank() ? null : ImportOutcome.valueOf(outcomeShown), page);
    }

    /**
     * Sends the refused rows, with their reasons, as a CSV file.
     *
     * @throws IOException when the response refuses
     */
    public void downloadRefused() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.responseReset();
        external.setResponseContentType(SheetFormat.CSV.mediaType());
        String name = job.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"ditolak-" + name
                + (name.endsWith(".csv") ? "" : ".csv") + "\"");
        try (SheetWriter out = SheetFormat.CSV.open(external.getResponseOutputStream(), "ditolak")) {
            out.row(List.of(Messages.text("import.line"), Messages.text("person.fullName"), Messages.text("import.reasons")));
            ResultPage<ImportVerdict> page;
            int offset = 0;
            do {
                page = jobs.verdicts(job.id(), ImportOutcome.INVALID, new PageRequest(offset, PageRequest.MAX_LIMIT));
                for (ImportVerdict verdict : page.items()) {
                    out.row(Arrays.asList(verdict.line(), verdict.name(), problemsOf(verdict)));
                }
                offset += PageRequest.MAX_LIMIT;
            } while (offset < page.total());
        }
        FacesContext.getCurrentInstance().responseComplete();
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

    /**
     * @param verdict a row's verdict
     * @return why it is refused, reason after reason
     */
    public String problemsOf(ImportVerdict verdict) {
        return String.join("; ", verdict.problems());
    }

    /** @return the job's progress in words */
    public String getProgress() {
        return job == null ? "" : Messages.text("import.progress." + job.state(), job.done(), job.total());
    }

    /** @return what the job wrote, in words */
    public String getWritten() {
        return job == null ? "" : Messages.text("import.written", job.created(), job.linked(), job.skipped(), job.invalid());
    }

    /** @return whether the job waits for the officer's decisions */
    public boolean isReady() {
        return job != null && job.state() == ImportJobState.READY;
    }

    /** @return the file's headers with their column index as text, for the mapping's selects */
    public List<Map.Entry<String, String>> getHeaders() {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (int column = 0; sheet != null && column < sheet.header().size(); column++) {
            headers.add(Map.entry(String.valueOf(column), sheet.header().get(column)));
        }
        return headers;
    }

    /**
     * @param moment an instant
     * @return it in the office's time
     */
    public String at(Instant moment) {
        return OfficeTimes.of(moment, clock);
    }

    /** @return the office's saved mappings' names */
    public List<String> getMappingNames() {
        if (mappingNames == null) {
            mappingNames = mappings.mappings().stream().map(ImportMapping::name).toList();
        }
        return mappingNames;
    }

    /** @return the office's last imports, newest first */
    public List<ImportJobView> getRecent() {
        if (recent == null) {
            recent = jobs.recent();
        }
        return recent;
    }

    /** @return the fields of an import, in order */
    public ImportField[] getFields() {
        return ImportField.values();
    }

    /** @return the outcomes a row may have */
    public ImportOutcome[] getOutcomes() {
        return ImportOutcome.values();
    }

    /** @return the column chosen per field name, for the mapping's selects */
    public Map<String, String> getChosenColumns() {
        return chosenColumns;
    }

    /** @return the decision per line of the rows shown, for the table's selects */
    public Map<Integer, String> getDecisions() {
        return decisions;
    }

    /** @return the job's rows, page by page */
    public ServicePages<ImportVerdict> getVerdicts() {
        return verdicts;
    }

    /** @return the job shown, or null */
    public ImportJobView getJob() {
        return job;
    }

    /** @return the sheet read, or null */
    public Sheet getSheet() {
        return sheet;
    }

    /** @return the name of the file read */
    public String getFileName() {
        return fileName;
    }

    /** @return the job's id as the address gives it */
    public String getJobParameter() {
        return jobParameter;
    }

    /** @param jobParameter the job's id as the address gives it */
    public void setJobParameter(String jobParameter) {
        this.jobParameter = jobParameter;
    }

    /** @return the saved mapping chosen, or empty for the headers */
    public String getSavedMapping() {
        return savedMapping;
    }

    /** @param savedMapping the saved mapping chosen */
    public void setSavedMapping(String savedMapping) {
        this.savedMapping = savedMapping;
    }

    /** @return the name to save the mapping under */
    public String getMappingName() {
        return mappingName;
    }

    /** @param mappingName the name to save the mapping under */
    public void setMappingName(String mappingName) {
        this.mappingName = mappingName;
    }

    /** @return the outcome shown, or empty for all */
    public String getOutcomeShown() {
        return outcomeShown;
    }

    /** @param outcomeShown the outcome shown, or empty for all */
    public void setOutcomeShown(String outcomeShown) {
        this.outcomeShown = outcomeShown;
    }

    /** @return the outcome whose rows get one decision */
    public String getAllOutcome() {
        return allOutcome;
    }

    /** @param allOutcome the outcome whose rows get one decision */
    public void setAllOutcome(String allOutcome) {
        this.allOutcome = allOutcome;
    }

    /** @return the decision for all those rows */
    public String getAllDecision() {
        return allDecision;
    }

    /** @param allDecision the decision for all those rows */
    public void setAllDecision(String allDecision) {
        this.allDecision = allDecision;
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
