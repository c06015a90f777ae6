package org.suaka.registry.api;

import java.time.Instant;

/**
 * An import job: a file's rows kept in the database, previewed and applied in the background, so that its
 * progress and its verdicts outlive the page that started it.
 *
 * @param id the job
 * @param source the file: its name and its SHA-256
 * @param fileName the file's name, as the officer chose it
 * @param state where it stands
 * @param total how many rows the file has
 * @param done how many rows the running phase (preview or apply) has finished
 * @param newRows how many rows the preview found new
 * @param duplicates how many it found probably registered
 * @param repeated how many repeat an earlier row of the file
 * @param invalid how many are refused, by the preview or when applied
 * @param created how many persons the apply registered
 * @param linked how many rows it took as registered persons
 * @param skipped how many rows it left out
 * @param failure what stopped a failed job, else null
 * @param startedBy who started it
 * @param startedAt when
 */
public record ImportJobView(ImportJobId id, String source, String fileName, ImportJobState state, int total, int done, int newRows,
        int duplicates, int repeated, int invalid, int created, int linked, int skipped, String failure, String startedBy,
        Instant startedAt) {

    /** @return whether the job is still working, so that a page keeps following it */
    public boolean running() {
        return state == ImportJobState.PREVIEWING || state == ImportJobState.APPLYING;
    }

    /** @return the running phase's progress, 0 to 100 */
    public int percent() {
        return total == 0 ? 100 : (int) (100L * done / total);
    }
}
