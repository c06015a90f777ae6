package org.suaka.registry.internal.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.suaka.platform.office.OfficeId;
import org.suaka.platform.office.OfficeRecord;
import org.suaka.platform.persistence.OfficeIdConverter;
import org.suaka.registry.api.ImportJobId;
import org.suaka.registry.api.ImportJobState;
import org.suaka.registry.api.ImportJobView;
import org.suaka.registry.api.ImportOutcome;

/** An import job ({@code REG_IMPORT_JOB}): the file, where the job stands and what it found and wrote. */
@Entity
@Table(name = "REG_IMPORT_JOB")
public class ImportJob implements OfficeRecord {

    private static final int MAX_FAILURE = 500;

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Convert(converter = OfficeIdConverter.class)
    @Column(name = "OFFICE_ID", nullable = false, length = 36)
    private OfficeId office;

    @Column(name = "SOURCE", nullable = false, length = 300)
    private String source;

    @Column(name = "FILE_NAME", nullable = false, length = 255)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", nullable = false, length = 12)
    private ImportJobState state;

    @Column(name = "TOTAL", nullable = false)
    private int total;

    @Column(name = "DONE", nullable = false)
    private int done;

    @Column(name = "NEW_ROWS", nullable = false)
    private int newRows;

    @Column(name = "DUPLICATES", nullable = false)
    private int duplicates;

    @Column(name = "REPEATED", nullable = false)
    private int repeated;

    @Column(name = "INVALID", nullable = false)
    private int invalid;

    @Column(name = "CREATED", nullable = false)
    private int created;

    @Column(name = "LINKED", nullable = false)
    private int linked;

    @Column(name = "SKIPPED", nullable = false)
    private int skipped;

    @Column(name = "LANGUAGE", nullable = false, length = 5)
    private String language;

    @Column(name = "FAILURE", length = MAX_FAILURE)
    private String failure;

    @Column(name = "STARTED_BY", nullable = false, length = 100)
    private String startedBy;

    @Column(name = "STARTED_AT", nullable = false)
    private LocalDateTime startedAt;

    protected ImportJob() {
        // for JPA
    }

    /**
     * @param office the office importing
     * @param fileName the file's name
     * @param source the file's name and SHA-256
     * @param total how many rows it has
     * @param startedBy who started it
     * @param language the language of the reasons rows are refused for
     */
    public ImportJob(OfficeId office, String fileName, String source, int total, String startedBy, Locale language) {
        this.language = language.getLanguage();
        this.id = UUID.randomUUID().toString();
        this.office = office;
        this.fileName = fileName;
        this.source = source;
        this.total = total;
        this.state = ImportJobState.PREVIEWING;
        this.startedBy = startedBy;
        this.startedAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    /** @return the job's id */
    public ImportJobId id() {
        return new ImportJobId(UUID.fromString(id));
    }

    /** @return the language of the reasons rows are refused for */
    public Locale language() {
        return Locale.forLanguageTag(language);
    }

    /** @return where it stands */
    public ImportJobState state() {
        return state;
    }

    /**
     * @param rows how many rows of the running phase are finished
     */
    public void advance(int rows) {
        this.done = rows;
    }

    /**
     * The preview is over.
     *
     * @param counts how many rows have each outcome
     */
    public void previewed(java.util.Map<ImportOutcome, Integer> counts) {
        this.newRows = counts.getOrDefault(ImportOutcome.NEW, 0);
        this.duplicates = counts.getOrDefault(ImportOutcome.DUPLICATE, 0);
        this.repeated = counts.getOrDefault(ImportOutcome.REPEATED, 0);
        this.invalid = counts.getOrDefault(ImportOutcome.INVALID, 0);
        this.done = total;
        this.state = ImportJobState.READY;
    }

    /**
     * The apply is over.
     *
     * @param createdRows how many persons were registered
     * @param linkedRows how many rows were taken as registered persons
     * @param skippedRows how many were left out
     * @param invalidRows how many were refused, by the preview or when applied
     */
    public void applied(int createdRows, int linkedRows, int skippedRows, int invalidRows) {
        this.created = createdRows;
        this.linked = linkedRows;
        this.skipped = skippedRows;
        this.invalid = invalidRows;
        this.done = total;
        this.state = ImportJobState.DONE;
    }

    /** @param why what stopped the job */
    public void fail(String why) {
        this.state = ImportJobState.FAILED;
        String text = why == null || why.isBlank() ? "?" : why;
        this.failure = text.length() > MAX_FAILURE ? text.substring(0, MAX_FAILURE) : text;
    }

    @Override
    public OfficeId office() {
        return office;
    }

    /** @return the job as the API shows it */
    public ImportJobView toView() {
        return new ImportJobView(id(), source, fileName, state, total, done, newRows, duplicates, repeated, invalid, created, linked,
                skipped, failure, startedBy, startedAt.toInstant(ZoneOffset.UTC));
    }
}
