package org.suaka.registry.internal.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.suaka.registry.api.DuplicateCandidate;
import org.suaka.registry.api.ImportDecision;
import org.suaka.registry.api.ImportField;
import org.suaka.registry.api.ImportOutcome;
import org.suaka.registry.api.ImportRow;
import org.suaka.registry.api.ImportVerdict;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.internal.persistence.PersonIdConverter;

/**
 * A row of an import job ({@code REG_IMPORT_ROW}): its text by field, the preview's verdict, the decision
 * taken for it and, once applied, what became of it.
 */
@Entity
@Table(name = "REG_IMPORT_ROW")
public class ImportJobRow {

    /** The longest text kept of one cell: longer values are refused by the form's rules all the same. */
    private static final int MAX_CELL = 400;
    private static final int MAX_PROBLEMS = 2000;
    private static final char FIELD_END = '\u001F';
    private static final char NAME_END = '\u001E';

    /** What an applied row became. */
    public enum Result {
        /** A person was registered from it. */
        CREATED,
        /** It was taken as a registered person. */
        LINKED,
        /** It was left out. */
        SKIPPED,
        /** It was refused. */
        REFUSED
    }

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "JOB_ID", nullable = false, length = 36)
    private String jobId;

    @Column(name = "LINE", nullable = false)
    private int line;

    @Column(name = "GROUP_KEY", length = 100)
    private String groupKey;

    @Column(name = "CELLS", nullable = false, length = 4000)
    private String cells;

    @Column(name = "NAME", length = 201)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "OUTCOME", length = 10)
    private ImportOutcome outcome;

    @Column(name = "PROBLEMS", length = MAX_PROBLEMS)
    private String problems;

    @Convert(converter = PersonIdConverter.class)
    @Column(name = "CANDIDATE_ID", length = 36)
    private PersonId candidateId;

    @Column(name = "CANDIDATE_GIVEN", length = 100)
    private String candidateGiven;

    @Column(name = "CANDIDATE_FAMILY", length = 100)
    private String candidateFamily;

    @Column(name = "CANDIDATE_BORN")
    private LocalDate candidateBorn;

    @Column(name = "CANDIDATE_NATIONALITY", length = 3)
    private String candidateNationality;

    @Column(name = "CANDIDATE_SCORE")
    private Integer candidateScore;

    @Column(name = "CANDIDATE_REASONS", length = 200)
    private String candidateReasons;

    @Enumerated(EnumType.STRING)
    @Column(name = "DECISION", length = 6)
    private ImportDecision decision;

    @Enumerated(EnumType.STRING)
    @Column(name = "RESULT", length = 8)
    private Result result;

    @Convert(converter = PersonIdConverter.class)
    @Column(name = "PERSON_ID", length = 36)
    private PersonId personId;

    protected ImportJobRow() {
        // for JPA
    }

    /**
     * @param jobId the job
     * @param row the row's text
     */
    public ImportJobRow(String jobId, ImportRow row) {
        this.id = UUID.randomUUID().toString();
        this.jobId = jobId;
        this.line = row.line();
        StringBuilder text = new StringBuilder();
        row.values().forEach((field, value) -> {
            if (value != null && !value.isBlank()) {
                String kept = value.length() > MAX_CELL ? value.substring(0, MAX_CELL) : value;
                text.append(field.name()).append(NAME_END).append(kept.replace(FIELD_END, ' ').replace(NAME_END, ' '))
                        .append(FIELD_END);
            }
        });
        this.cells = text.toString();
        String group = row.text(ImportField.FAMILY_GROUP);
        this.groupKey = group == null ? null : group.substring(0, Math.min(group.length(), 100));
    }

    /** @return the key the rows of its family group share, or null for a row of no group */
    public String groupKey() {
        return groupKey;
    }

    /**
     * @param other the same row, applied as part of its family group
     */
    public void sameAs(ImportJobRow other) {
        this.result = other.result;
        this.personId = other.personId;
        this.outcome = other.outcome;
        this.decision = other.decision;
        this.problems = other.problems;
    }

    /** @return the row's text, as it was imported */
    public ImportRow row() {
        Map<ImportField, String> values = new EnumMap<>(ImportField.class);
        for (String cell : cells.split(String.valueOf(FIELD_END))) {
            int end = cell.indexOf(NAME_END);
            if (end > 0) {
                values.put(ImportField.valueOf(cell.substring(0, end)), cell.substring(end + 1));
            }
        }
        return new ImportRow(line, values);
    }

    /** @return the row's line in the file */
    public int line() {
        return line;
    }

    /** @param verdict what the preview found, which becomes the row's decision until the officer changes it */
    public void judged(ImportVerdict verdict) {
        this.outcome = verdict.outcome();
        this.name = verdict.name() == null || verdict.name().length() <= 201 ? verdict.name() : verdict.name().substring(0, 201);
        this.problems = problemsText(verdict.problems());
        this.decision = verdict.suggested();
        DuplicateCandidate candidate = verdict.candidate();
        this.candidateId = candidate == null ? null : candidate.personId();
        this.candidateGiven = candidate == null ? null : candidate.givenName();
        this.candidateFamily = candidate == null ? null : candidate.familyName();
        this.candidateBorn = candidate == null ? null : candidate.dateOfBirth();
        this.candidateNationality = candidate == null ? null : candidate.nationality();
        this.candidateScore = candidate == null ? null : candidate.score();
        this.candidateReasons = candidate == null ? null : String.join(",", candidate.reasons());
    }

    /**
     * @param taken the officer's decision
     * @return whether the row may take it: only new and duplicate rows are decided, and only a row with a
     *     candidate is linked
     */
    public boolean decide(ImportDecision taken) {
        if (outcome != ImportOutcome.NEW && outcome != ImportOutcome.DUPLICATE || taken == ImportDecision.LINK && candidateId == null) {
            return false;
        }
        this.decision = taken;
        return true;
    }

    /** @return the decision taken for the row */
    public ImportDecision decision() {
        return decision;
    }

    /** @return what the row became, or null before it is applied */
    public Result result() {
        return result;
    }

    /** @return the person registered or linked from it, or null */
    public PersonId person() {
        return personId;
    }

    /** @return whether the row was applied already */
    public boolean applied() {
        return result != null;
    }

    /**
     * @param what what became of the row
     * @param person the person registered or linked, else null
     */
    public void applied(Result what, PersonId person) {
        this.result = what;
        this.personId = person;
    }

    /**
     * @param why why the row was refused when applied
     */
    public void refused(List<String> why) {
        this.result = Result.REFUSED;
        this.outcome = ImportOutcome.INVALID;
        this.decision = ImportDecision.SKIP;
        this.problems = problemsText(why);
    }

    /**
     * @param why why the row is refused with its family group, though nothing is wrong with it alone
     */
    public void refusedBeforeApply(String why) {
        this.outcome = ImportOutcome.INVALID;
        this.decision = ImportDecision.SKIP;
        this.candidateId = null;
        this.problems = problemsText(List.of(why));
    }

    /** @return the verdict, with the decision taken as its suggestion */
    public ImportVerdict toVerdict() {
        DuplicateCandidate candidate = candidateId == null ? null : new DuplicateCandidate(candidateId, candidateGiven,
                candidateFamily, candidateBorn, candidateNationality, candidateScore,
                candidateReasons == null || candidateReasons.isEmpty() ? List.of() : Arrays.asList(candidateReasons.split(",")));
        return new ImportVerdict(line, outcome, problems == null ? List.of() : Arrays.asList(problems.split("\n")), name, candidate,
                decision);
    }

    private static String problemsText(List<String> problems) {
        if (problems.isEmpty()) {
            return null;
        }
        String text = String.join("\n", problems);
        return text.length() > MAX_PROBLEMS ? text.substring(0, MAX_PROBLEMS) : text;
    }
}
