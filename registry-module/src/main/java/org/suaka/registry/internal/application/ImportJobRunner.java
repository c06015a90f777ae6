package org.suaka.registry.internal.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import org.suaka.platform.access.RequiresRole;
import org.suaka.platform.access.Roles;
import org.suaka.platform.api.Failures;
import org.suaka.platform.audit.Audited;
import org.suaka.registry.api.ImportJobId;
import org.suaka.registry.api.ImportJobView;
import org.suaka.registry.api.ImportParticipant;
import org.suaka.registry.api.ImportRow;
import org.suaka.registry.api.PersonService;
import org.suaka.registry.internal.domain.ImportJobRow;
import org.suaka.registry.internal.persistence.ImportJobs;

/**
 * The work of an import job, run on the container's executor with the identity of the officer who started
 * it: the preview, a chunk of rows judged and kept per transaction, and the apply, each registration a
 * transaction of its own and each chunk's results kept with the job's progress. The preview is one entry of the
 * audit trail (not one per row matched), and so is the apply, with the job's file and counts; the persons it
 * registered are the job's rows'.
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

    @Inject
    ImportGroupWriter groups;

    @Inject
    @Any
    Instance<ImportParticipant> participants;

    /**
     * Judges every row and keeps it with its verdict; nothing is written to the registry.
     *
     * @param id the job, previewing
     * @param rows its rows, in the file's order
     * @param language the language of the reasons rows are refused for
     */
    @Audited
    public void preview(ImportJobId id, List<ImportRow> rows, Locale language) {
        ImportRun run = new ImportRun(persons, validator, language, participants.stream().toList());
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
        jobs.previewed(id, run.groupProblem("group.invalid"));
    }

    /**
     * Applies every row not applied yet, as decided.
     *
     * @param id the job, applying
     * @return the job, done
     */
    @Audited(write = true)
    public ImportJobView apply(ImportJobId id) {
        ImportRun run = new ImportRun(persons, validator, jobs.find(id).orElseThrow().language(), participants.stream().toList());
        int done = 0;
        Map<Integer, ImportJobRow> inGroups = new HashMap<>();
        List<ImportJobRow> chunk = jobs.rowsAfter(id, 0);
        while (!chunk.isEmpty()) {
            for (ImportJobRow row : chunk) {
                if (inGroups.containsKey(row.line())) {
                    row.sameAs(inGroups.remove(row.line()));
                } else if (row.applied()) {
                    run.remember(row.row());
                } else if (row.groupKey() == null) {
                    applyAlone(run, row);
                } else {
                    List<ImportJobRow> group = applyGroup(run, id, row.groupKey());
                    group.forEach(member -> inGroups.put(member.line(), member));
                    row.sameAs(inGroups.remove(row.line()));
                }
            }
            done += chunk.size();
            jobs.applied(id, chunk, done);
            chunk = jobs.rowsAfter(id, chunk.get(chunk.size() - 1).line());
        }
        return jobs.finish(id).toView();
    }

    /** Imports a row of no family group in a transaction of its own, with what the other modules write of it. */
    private void applyAlone(ImportRun run, ImportJobRow row) {
        try {
            groups.apply(run, List.of(row));
        } catch (ImportGroupWriter.GroupRefused refused) {
            row.refused(refused.reasons());
        } catch (RuntimeException refused) {
            row.refused(List.of(Failures.rootMessage(refused)));
        }
    }

    /** Imports a family group whole or not at all; @return its rows, each with what became of it */
    private List<ImportJobRow> applyGroup(ImportRun run, ImportJobId id, String key) {
        List<ImportJobRow> group = jobs.groupRows(id, key).stream().filter(member -> !member.applied()).toList();
        try {
            groups.apply(run, group);
        } catch (RuntimeException refused) {
            String why = run.groupProblem("group.refused", Failures.rootMessage(refused));
            group.forEach(member -> member.refused(List.of(why)));
        }
        jobs.save(group);
        return group;
    }
}
