package org.suaka.registry.internal.application;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import org.suaka.platform.access.RequiresRole;
import org.suaka.platform.access.Roles;
import org.suaka.platform.audit.Audited;
import org.suaka.registry.api.ImportJobId;
import org.suaka.registry.api.ImportJobView;
import org.suaka.registry.api.ImportRow;
import org.suaka.registry.api.PersonService;
import org.suaka.registry.internal.domain.ImportJobRow;
import org.suaka.registry.internal.persistence.ImportJobs;

/**
 * The work of an import job, run on the container's executor with the identity of the officer who started
 * it: the preview, a chunk of rows judged and kept per transaction, and the apply, each registration a
 * transaction of its own and each chunk's results kept with the job's progress. The apply is one entry of
 * the audit trail, with the job's file and counts; the persons it registered are the job's rows'.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
@RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportJobRunner {

    @Inject
    PersonService persons;

    @Inject
    Validator validator;

    @Inject
    ImportJobs jobs;

    /**
     * Judges every row and keeps it with its verdict; nothing is written to the registry.
     *
     * @param id the job, previewing
     * @param rows its rows, in the file's order
     */
    public void preview(ImportJobId id, List<ImportRow> rows) {
        ImportRun run = new ImportRun(persons, validator);
        String jobId = id.toString();
        for (int from = 0; from < rows.size(); from += ImportJobs.CHUNK) {
            List<ImportRow> chunk = rows.subList(from, Math.min(rows.size(), from + ImportJobs.CHUNK));
            List<ImportJobRow> judged = new ArrayList<>(chunk.size());
            for (ImportRow row : chunk) {
                ImportJobRow kept = new ImportJobRow(jobId, row);
                kept.judged(run.judge(row));
                judged.add(kept);
            }
            jobs.addRows(id, judged, from + chunk.size());
        }
        jobs.previewed(id);
    }

    /**
     * Applies every row not applied yet, as decided.
     *
     * @param id the job, applying
     * @return the job, done
     */
    @Audited(write = true)
    public ImportJobView apply(ImportJobId id) {
        ImportRun run = new ImportRun(persons, validator);
        int done = 0;
        List<ImportJobRow> chunk = jobs.rowsAfter(id, 0);
        while (!chunk.isEmpty()) {
            for (ImportJobRow row : chunk) {
                if (row.applied()) {
                    run.remember(row.row());
                    continue;
                }
                ImportRun.Applied applied = run.apply(row.row(), row.decision());
                if (applied.result() == ImportJobRow.Result.REFUSED) {
                    row.refused(applied.verdict().problems());
                } else {
                    row.applied(applied.result(), applied.person());
                }
            }
            done += chunk.size();
            jobs.applied(id, chunk, done);
            chunk = jobs.rowsAfter(id, chunk.get(chunk.size() - 1).line());
        }
        return jobs.finish(id).toView();
    }
}
