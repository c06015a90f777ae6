package org.suaka.audit.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.suaka.audit.api.AuditCheckpoint;
import org.suaka.audit.api.AuditQuery;
import org.suaka.audit.api.AuditRecord;
import org.suaka.audit.api.AuditTrail;
import org.suaka.audit.api.AuditVerification;
import org.suaka.platform.access.RequiresRole;
import org.suaka.platform.access.Roles;
import org.suaka.platform.api.PageRequest;
import org.suaka.platform.api.ResultPage;
import org.suaka.platform.audit.Audited;
import org.suaka.platform.office.OfficeFilter;
import org.suaka.platform.office.OfficeScope;

/**
 * Searches, exports and verifies the trail, for administrators; reading the trail is itself recorded.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER, Roles.PARTNER})
@Audited
@RequiresRole(Roles.ADMIN)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DefaultAuditTrail implements AuditTrail {

    private static final int VERIFY_BATCH = 2000;

    @PersistenceContext(unitName = "audit")
    EntityManager em;

    @EJB
    AuditChainer chainer;

    @Inject
    Clock clock;

    @Inject
    OfficeScope offices;

    @Inject
    @ConfigProperty(name = "suaka.audit.checkpoint-dir", defaultValue = "audit-checkpoints")
    String checkpointDirectory;

    @Override
    public ResultPage<AuditRecord> search(AuditQuery query, PageRequest page) {
        Map<String, Object> parameters = new HashMap<>();
        OfficeFilter readable = offices.readable();
        String where = where(query, parameters) + " and " + readable.condition("e.office");
        TypedQuery<AuditEntry> rows = readable.bind(em.createQuery("select e from AuditEntry e" + where
                + " order by e.id desc", AuditEntry.class));
        TypedQuery<Long> count = readable.bind(em.createQuery("select count(e) from AuditEntry e" + where, Long.class));
        parameters.forEach((name, value) -> {
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<AuditRecord> items = rows.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultStream()
                .map(AuditEntry::toRecord).toList();
        return new ResultPage<>(items, page.offset(), count.getSingleResult());
    }

    @Override
    public List<AuditRecord> slice(AuditQuery query, long afterId, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("afterId", afterId);
        OfficeFilter readable = offices.readable();
        String where = where(query, parameters) + " and e.id > :afterId and " + readable.condition("e.office");
        TypedQuery<AuditEntry> rows = readable.bind(em.createQuery("select e from AuditEntry e" + where
                + " order by e.id", AuditEntry.class));
        parameters.forEach(rows::setParameter);
        return rows.setMaxResults(limit).getResultStream().map(AuditEntry::toRecord).toList();
    }

    private static String where(AuditQuery query, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        filter(where, parameters, "actor", query.actor());
        filter(where, parameters, "recordId", query.recordId());
        filter(where, parameters, "operation", query.operation());
        if (query.from() != null) {
            where.append(" and e.occurredAt >= :from");
            parameters.put("from", LocalDateTime.ofInstant(query.from(), ZoneOffset.UTC));
        }
        if (query.until() != null) {
            where.append(" and e.occurredAt < :until");
            parameters.put("until", LocalDateTime.ofInstant(query.until(), ZoneOffset.UTC));
        }
        return where.toString();
    }

    private static void filter(StringBuilder where, Map<String, Object> parameters, String field, String value) {
        if (value != null && !value.isBlank()) {
            where.append(" and e.").append(field).append(" = :").append(field);
            parameters.put(field, value.strip());
        }
    }

    /**
     * Verifies up to the head as read at the start, so that entries the chainer links meanwhile do not look
     * like a break; they are checked next time.
     */
    @Override
    public AuditVerification verify() {
        chainer.chainPending();
        AuditHead head = em.find(AuditHead.class, AuditHead.ID);
        long headSeq = head.lastSeq();
        String headHash = head.lastHash();
        Optional<AuditCheckpoint> checkpoint = checkpoints().last();
        long checkpointSeq = checkpointSeq(checkpoint);
        if (checkpointSeq > headSeq) {
            return new AuditVerification(false, 0, headSeq + 1, checkpointSeq);
        }
        String previous = Sha256.GENESIS;
        long expected = 1;
        List<AuditEntry> batch;
        do {
            batch = em.createQuery("select e from AuditEntry e where e.chainSeq >= :from and e.chainSeq <= :to"
                    + " order by e.chainSeq", AuditEntry.class).setParameter("from", expected)
                    .setParameter("to", headSeq).setMaxResults(VERIFY_BATCH).getResultList();
            for (AuditEntry entry : batch) {
                if (entry.chainSeq() != expected || !previous.equals(entry.previousHash())
                        || !entry.contentHash().equals(entry.computeContentHash())
                        || !entry.hash().equals(entry.computeChainHash(expected, previous))
                        || expected == checkpointSeq && !checkpoint.orElseThrow().headHash().equals(entry.hash())) {
                    return new AuditVerification(false, expected - 1, expected, checkpointSeq);
                }
                previous = entry.hash();
                expected++;
            }
            em.clear();
        } while (batch.size() == VERIFY_BATCH);
        long checked = expected - 1;
        if (checked != headSeq || !previous.equals(headHash)) {
            return new AuditVerification(false, checked, checked + 1, checkpointSeq);
        }
        return new AuditVerification(true, checked, 0, checkpointSeq);
    }

    private static long checkpointSeq(Optional<AuditCheckpoint> checkpoint) {
        return checkpoint.map(AuditCheckpoint::chainSeq).orElse(0L);
    }

    @Override
    public AuditCheckpoint checkpoint() {
        chainer.chainPending();
        AuditHead head = em.find(AuditHead.class, AuditHead.ID);
        AuditCheckpoint checkpoint = new AuditCheckpoint(head.lastSeq(), head.lastHash(), clock.instant());
        checkpoints().append(checkpoint);
        return checkpoint;
    }

    @Override
    public Optional<AuditCheckpoint> lastCheckpoint() {
        return checkpoints().last();
    }

    private CheckpointFile checkpoints() {
        return new CheckpointFile(Path.of(checkpointDirectory));
    }
}
