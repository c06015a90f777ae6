package org.suaka.registry.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.suaka.platform.api.PageRequest;
import org.suaka.platform.api.ResultPage;

/**
 * Imports of any size as jobs: the file's rows are kept, previewed in the background (checked and matched as
 * {@link ImportService#preview} does), decided by the officer row by row or for all rows of an outcome, then
 * applied in the background, each row group on its own. A job survives the page that started it and the
 * server's restart; applying a job again goes on with the rows not yet applied, so that nothing is written
 * twice. Jobs are the office's: another office's job is as good as absent.
 */
public interface ImportJobService {

    /**
     * Keeps the rows and starts their preview; nothing is written to the registry.
     *
     * @param fileName the file's name
     * @param source the file, its name and SHA-256, for the audit trail
     * @param rows the file's rows, at most {@link ImportService#MAX_ROWS}
     * @param language the language the reasons of refused rows are written in: Indonesian, else English
     * @return the job, previewing
     */
    ImportJobView start(@NotNull @Size(max = 255) String fileName, @NotNull @Size(max = 300) String source,
            @NotNull @Size(max = ImportService.MAX_ROWS) List<@NotNull @Valid ImportRow> rows, @NotNull Locale language);

    /**
     * @param id a job
     * @return the job with its progress and counts, when it is the caller's office's
     */
    Optional<ImportJobView> find(@NotNull ImportJobId id);

    /** @return the office's last jobs, newest first */
    List<ImportJobView> recent();

    /**
     * @param id a job
     * @param outcome only rows of this outcome, or null for all
     * @param page the slice wanted, in the file's order
     * @return the verdicts, each with the decision taken for it as its suggestion
     * @throws org.suaka.platform.api.RecordNotFoundException when the job is not the caller's office's
     */
    ResultPage<ImportVerdict> verdicts(@NotNull ImportJobId id, ImportOutcome outcome, @NotNull PageRequest page);

    /**
     * @param id a job, ready
     * @param decisions the officer's decision per line; a decision a row cannot take (linking a row without a
     *     candidate) is refused with the line named
     * @return the job
     * @throws org.suaka.platform.api.BusinessRuleException ({@code import-job-state}) when the job is not ready
     */
    ImportJobView decide(@NotNull ImportJobId id, @NotNull Map<Integer, ImportDecision> decisions);

    /**
     * @param id a job, ready
     * @param outcome the rows to decide for: new or duplicate
     * @param decision what to do with all of them
     * @return the job
     */
    ImportJobView decideAll(@NotNull ImportJobId id, @NotNull ImportOutcome outcome, @NotNull ImportDecision decision);

    /**
     * Applies the rows as decided, in the background.
     *
     * @param id a job, ready (or failed, to go on where it stopped)
     * @return the job, applying
     */
    ImportJobView apply(@NotNull ImportJobId id);
}
