package org.suaka.registry.internal.application;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;

import org.suaka.platform.access.Caller;
import org.suaka.platform.access.RequiresRole;
import org.suaka.platform.access.Roles;
import org.suaka.platform.api.BusinessRuleException;
import org.suaka.platform.api.Failures;
import org.suaka.platform.api.InvalidFieldException;
import org.suaka.platform.api.PageRequest;
import org.suaka.platform.api.RecordNotFoundException;
import org.suaka.platform.api.ResultPage;
import org.suaka.platform.audit.Audited;
import org.suaka.platform.office.OfficeScope;
import org.suaka.registry.api.ImportDecision;
import org.suaka.registry.api.ImportJobId;
import org.suaka.registry.api.ImportJobService;
import org.suaka.registry.api.ImportJobState;
import org.suaka.registry.api.ImportJobView;
import org.suaka.registry.api.ImportOutcome;
import org.suaka.registry.api.ImportRow;
import org.suaka.registry.api.ImportService;
import org.suaka.registry.api.ImportVerdict;
import org.suaka.registry.internal.domain.ImportJob;
import org.suaka.registry.internal.domain.ImportJobRow;
import org.suaka.registry.internal.persistence.ImportJobs;

/**
 * Keeps import jobs and hands their preview and apply to {@link ImportJobRunner} on the container's managed
 * executor, which carries the officer's identity, so that every rule and the audit trail see the officer.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
@Audited
@RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
public class DefaultImportJobService implements ImportJobService {

    private static final Logger LOG = Logger.getLogger(DefaultImportJobService.class.getName());
    private static final int RECENT = 10;
    private static final int MAX_FILE_NAME = 255;

    @Resource
    ManagedExecutorService executor;

    @Inject
    ImportJobs jobs;

    @Inject
    ImportJobRunner runner;

    @Inject
    OfficeScope offices;

    @Inject
    Caller caller;

    @Audited(write = true)
    @Override
    public ImportJobView start(String fileName, String source, List<ImportRow> rows, Locale language) {
        if (fileName.isBlank() || fileName.length() > MAX_FILE_NAME) {
            throw new InvalidFieldException("fileName", "Give the file's name, at most " + MAX_FILE_NAME + " characters");
        }
        if (rows.size() > ImportService.MAX_ROWS) {
            throw new InvalidFieldException("file", "A file of more than " + ImportService.MAX_ROWS + " rows is split first");
        }
        ImportJob job = new ImportJob(offices.writable(), fileName, source, rows.size(), caller.name().orElseThrow(), language);
        jobs.add(job);
        ImportJobId id = job.id();
        List<ImportRow> kept = List.copyOf(rows);
        executor.submit(() -> guarded(id, () -> runner.preview(id, kept, language)));
        return job.toView();
    }

    @Override
    public Optional<ImportJobView> find(ImportJobId id) {
        return readable(id).map(ImportJob::toView);
    }

    @Override
    public List<ImportJobView> recent() {
        return jobs.recent(offices.readable(), RECENT).stream().map(ImportJob::toView).toList();
    }

    @Override
    public ResultPage<ImportVerdict> verdicts(ImportJobId id, ImportOutcome outcome, PageRequest page) {
        required(id);
        return jobs.rows(id, outcome, page).map(ImportJobRow::toVerdict);
    }

    @Audited(write = true)
    @Override
    public ImportJobView decide(ImportJobId id, Map<Integer, ImportDecision> decisions) {
        ImportJob job = ready(id, ImportJobState.READY);
        List<ImportJobRow> rows = jobs.rowsAt(id, decisions.keySet());
        if (rows.size() < decisions.size()) {
            List<Integer> found = rows.stream().map(ImportJobRow::line).toList();
            throw new InvalidFieldException("lines", "The file has no row at line "
                    + decisions.keySet().stream().filter(line -> !found.contains(line)).findFirst().orElseThrow());
        }
        for (ImportJobRow row : rows) {
            if (!row.decide(decisions.get(row.line()))) {
                throw new InvalidFieldException("lines", "Line " + row.line() + " cannot be given the decision "
                        + decisions.get(row.line()) + ": only new and duplicate rows are decided, and only a duplicate is linked");
            }
        }
        return job.toView();
    }

    @Audited(write = true)
    @Override
    public ImportJobView decideAll(ImportJobId id, ImportOutcome outcome, ImportDecision decision) {
        ImportJob job = ready(id, ImportJobState.READY);
        if (outcome != ImportOutcome.NEW && outcome != ImportOutcome.DUPLICATE) {
            throw new InvalidFieldException("outcome", "Only new and duplicate rows are decided");
        }
        jobs.decideAll(id, outcome, decision);
        return job.toView();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportJobView apply(ImportJobId id) {
        ImportJob job = ready(id, ImportJobState.READY, ImportJobState.FAILED);
        if (jobs.rows(id, null, new PageRequest(0, 1)).total() < job.toView().total()) {
            throw new BusinessRuleException("import-job-state", "The job stopped before its preview was over: import the file again");
        }
        if (!jobs.claimForApply(id)) {
            throw new BusinessRuleException("import-job-state", "The job is being applied already");
        }
        executor.submit(() -> guarded(id, () -> runner.apply(id)));
        return jobs.find(id).orElseThrow().toView();
    }

    /** Runs a job's work; a fault stops the job with the reason rather than leaving it running. */
    private void guarded(ImportJobId id, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Import job " + id + " failed", e);
            jobs.fail(id, Failures.rootMessage(e));
        }
    }


    private Optional<ImportJob> readable(ImportJobId id) {
        return jobs.find(id).filter(offices::mayRead);
    }

    private ImportJob required(ImportJobId id) {
        return readable(id).orElseThrow(() -> new RecordNotFoundException("importJob", id.toString()));
    }

    private ImportJob ready(ImportJobId id, ImportJobState... states) {
        ImportJob job = required(id);
        if (!offices.mayWrite(job)) {
            throw new RecordNotFoundException("importJob", id.toString());
        }
        if (!List.of(states).contains(job.state())) {
            throw new BusinessRuleException("import-job-state", "The job is " + job.state().name().toLowerCase(java.util.Locale.ROOT)
                    + ": only a job " + String.join(" or ", List.of(states).stream().map(s -> s.name().toLowerCase(java.util.Locale.ROOT))
                            .toList()) + " is decided or applied");
        }
        return job;
    }
}
