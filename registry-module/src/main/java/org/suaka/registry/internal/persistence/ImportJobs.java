package org.suaka.registry.internal.persistence;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.suaka.platform.api.PageRequest;
import org.suaka.platform.api.ResultPage;
import org.suaka.platform.office.OfficeFilter;
import org.suaka.registry.api.ImportDecision;
import org.suaka.registry.api.ImportJobId;
import org.suaka.registry.api.ImportJobState;
import org.suaka.registry.api.ImportOutcome;
import org.suaka.registry.internal.domain.ImportJob;
import org.suaka.registry.internal.domain.ImportJobRow;

/**
 * Import jobs in {@code REG_IMPORT_JOB} and their rows in {@code REG_IMPORT_ROW}. Each change commits on its
 * own, a chunk of rows at a time, so that whoever follows a job sees its progress while it runs and a job
 * stopped half-way keeps what it had done. It checks no office: the service does.
 */
@Stateless
@PermitAll
public class ImportJobs {

    /** How many rows a job reads, judges or applies per transaction. */
    public static final int CHUNK = 250;

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    /** @param job a new job */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void add(ImportJob job) {
        em.persist(job);
    }

    /**
     * @param id a job
     * @return it, whichever office's
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<ImportJob> find(ImportJobId id) {
        return Optional.ofNullable(em.find(ImportJob.class, id.toString()));
    }

    /**
     * @param offices the offices read
     * @param limit how many
     * @return their last jobs, newest first
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ImportJob> recent(OfficeFilter offices, int limit) {
        return offices.bind(em.createQuery("select j from ImportJob j where " + offices.condition("j.office")
                + " order by j.startedAt desc", ImportJob.class)).setMaxResults(limit).getResultList();
    }

    /**
     * Keeps a chunk of judged rows and the job's progress.
     *
     * @param id the job
     * @param rows the rows, judged
     * @param done how many rows of the job are judged with them
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void addRows(ImportJobId id, List<ImportJobRow> rows, int done) {
        rows.forEach(em::persist);
        job(id).advance(done);
    }

    /**
     * @param id a job
     * @param afterLine the last line already read, 0 for the first chunk
     * @return the next {@link #CHUNK} rows, in the file's order
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<ImportJobRow> rowsAfter(ImportJobId id, int afterLine) {
        return em.createQuery("select r from ImportJobRow r where r.jobId = :job and r.line > :line order by r.line",
                ImportJobRow.class).setParameter("job", id.toString()).setParameter("line", afterLine).setMaxResults(CHUNK)
                .getResultList();
    }

    /**
     * @param id a job
     * @param group a family group's key
     * @return the group's rows, in the file's order
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<ImportJobRow> groupRows(ImportJobId id, String group) {
        return em.createQuery("select r from ImportJobRow r where r.jobId = :job and r.groupKey = :group order by r.line",
                ImportJobRow.class).setParameter("job", id.toString()).setParameter("group", group).getResultList();
    }

    /**
     * Keeps what became of rows in the transaction that wrote it, so that a stop of the server never leaves a
     * person registered by a row the job does not know it applied.
     *
     * @param rows rows applied
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void keep(List<ImportJobRow> rows) {
        rows.forEach(em::merge);
    }

    /**
     * @param rows rows applied, as read
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void save(List<ImportJobRow> rows) {
        rows.forEach(em::merge);
    }

    /**
     * @param id a job
     * @param outcome only rows of this outcome, or null
     * @param page the slice
     * @return the rows, in the file's order
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ResultPage<ImportJobRow> rows(ImportJobId id, ImportOutcome outcome, PageRequest page) {
        String where = " from ImportJobRow r where r.jobId = :job" + (outcome == null ? "" : " and r.outcome = :outcome");
        TypedQuery<ImportJobRow> rows = em.createQuery("select r" + where + " order by r.line", ImportJobRow.class);
        TypedQuery<Long> count = em.createQuery("select count(r)" + where, Long.class);
        for (TypedQuery<?> query : List.of(rows, count)) {
            query.setParameter("job", id.toString());
            if (outcome != null) {
                query.setParameter("outcome", outcome);
            }
        }
        List<ImportJobRow> items = rows.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        return new ResultPage<>(items, page.offset(), count.getSingleResult());
    }

    /**
     * @param id a job
     * @param lines the lines to change
     * @return the rows of those lines
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public List<ImportJobRow> rowsAt(ImportJobId id, Collection<Integer> lines) {
        return em.createQuery("select r from ImportJobRow r where r.jobId = :job and r.line in :lines", ImportJobRow.class)
                .setParameter("job", id.toString()).setParameter("lines", lines).getResultList();
    }

    /**
     * Takes one decision for every row of an outcome, in one statement.
     *
     * @param id a job
     * @param outcome new or duplicate
     * @param decision the decision
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void decideAll(ImportJobId id, ImportOutcome outcome, ImportDecision decision) {
        em.createQuery("update ImportJobRow r set r.decision = :decision where r.jobId = :job and r.outcome = :outcome"
                + (decision == ImportDecision.LINK ? " and r.candidateId is not null" : ""))
                .setParameter("decision", decision).setParameter("job", id.toString()).setParameter("outcome", outcome)
                .executeUpdate();
    }

    /**
     * Keeps what became of a chunk of applied rows and the job's progress.
     *
     * @param id the job
     * @param rows the rows, applied, as read by {@link #rowsAfter}
     * @param done how many rows of the job are applied with them
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void applied(ImportJobId id, List<ImportJobRow> rows, int done) {
        rows.forEach(em::merge);
        job(id).advance(done);
    }

    /**
     * The preview is over: the rows of a family group with a refused row are refused too, then the counts of
     * each outcome are taken from the rows.
     *
     * @param id the job
     * @param groupRefused why a row of such a group is refused
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void previewed(ImportJobId id, String groupRefused) {
        List<String> refusedGroups = em.createQuery("select distinct r.groupKey from ImportJobRow r where r.jobId = :job"
                + " and r.groupKey is not null and r.outcome = :invalid", String.class).setParameter("job", id.toString())
                .setParameter("invalid", ImportOutcome.INVALID).getResultList();
        for (int from = 0; from < refusedGroups.size(); from += CHUNK) {
            for (ImportJobRow row : em.createQuery("select r from ImportJobRow r where r.jobId = :job and r.groupKey in :groups"
                    + " and r.outcome <> :invalid", ImportJobRow.class).setParameter("job", id.toString())
                    .setParameter("groups", refusedGroups.subList(from, Math.min(refusedGroups.size(), from + CHUNK)))
                    .setParameter("invalid", ImportOutcome.INVALID).getResultList()) {
                row.refusedBeforeApply(groupRefused);
            }
        }
        em.flush();
        Map<ImportOutcome, Integer> counts = new EnumMap<>(ImportOutcome.class);
        for (Object[] row : em.createQuery("select r.outcome, count(r) from ImportJobRow r where r.jobId = :job group by r.outcome",
                Object[].class).setParameter("job", id.toString()).getResultList()) {
            counts.put((ImportOutcome) row[0], ((Number) row[1]).intValue());
        }
        job(id).previewed(counts);
    }

    /**
     * Claims a ready (or failed) job for applying, in one statement, so that two requests never apply it twice.
     *
     * @param id a job about to be applied
     * @return whether this caller claimed it
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claimForApply(ImportJobId id) {
        return em.createQuery("update ImportJob j set j.state = :applying, j.done = 0, j.failure = null where j.id = :id"
                + " and j.state in :ready").setParameter("applying", ImportJobState.APPLYING).setParameter("id", id.toString())
                .setParameter("ready", List.of(ImportJobState.READY, ImportJobState.FAILED)).executeUpdate() == 1;
    }

    /**
     * The apply is over: the counts of each result, from the rows.
     *
     * @param id the job
     * @return the job, done
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ImportJob finish(ImportJobId id) {
        Map<ImportJobRow.Result, Integer> counts = new EnumMap<>(ImportJobRow.Result.class);
        for (Object[] row : em.createQuery("select r.result, count(r) from ImportJobRow r where r.jobId = :job and r.result is not null"
                + " group by r.result", Object[].class).setParameter("job", id.toString()).getResultList()) {
            counts.put((ImportJobRow.Result) row[0], ((Number) row[1]).intValue());
        }
        long invalid = em.createQuery("select count(r) from ImportJobRow r where r.jobId = :job and r.outcome = :invalid", Long.class)
                .setParameter("job", id.toString()).setParameter("invalid", ImportOutcome.INVALID).getSingleResult();
        ImportJob job = job(id);
        job.applied(counts.getOrDefault(ImportJobRow.Result.CREATED, 0), counts.getOrDefault(ImportJobRow.Result.LINKED, 0),
                counts.getOrDefault(ImportJobRow.Result.SKIPPED, 0), (int) invalid);
        return job;
    }

    /**
     * @param id a job
     * @param why what stopped it
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void fail(ImportJobId id, String why) {
        job(id).fail(why);
    }

    /**
     * Marks the jobs a stopped server left running as failed, so that they are applied again or started anew.
     *
     * @return how many there were
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int failInterrupted() {
        List<ImportJob> stopped = em.createQuery("select j from ImportJob j where j.state in :running", ImportJob.class)
                .setParameter("running", List.of(ImportJobState.PREVIEWING, ImportJobState.APPLYING)).getResultList();
        stopped.forEach(job -> job.fail("stopped with the server"));
        return stopped.size();
    }

    private ImportJob job(ImportJobId id) {
        return em.find(ImportJob.class, id.toString());
    }
}
