package org.suaka.audit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suaka.audit.api.AuditQuery;
import org.suaka.audit.api.AuditRecord;
import org.suaka.audit.api.AuditVerification;
import org.suaka.platform.api.PageRequest;
import org.suaka.platform.audit.AuditEvent;
import org.suaka.platform.audit.CallOrigin;
import org.suaka.platform.audit.FieldChange;
import org.suaka.platform.office.OfficeScope;
import org.suaka.platform.testing.InMemoryPersistence;
import org.suaka.platform.testing.OfficeClocks;

/**
 * The trail on the real audit schema: entries are appended unchained, linked in blocks, read back with
 * their changes, and any edit, deletion or rewrite of the tail together with the head is detected.
 */
class AuditTrailChainTest {

    private static final Clock CLOCK = OfficeClocks.kupangAt("2024-09-11T09:00");

    private final InMemoryPersistence db = new InMemoryPersistence("audit", AuditSchemaMigration.CHANGELOG);

    @TempDir
    Path checkpoints;

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    private static AuditEvent event(String actor, String recordId, List<FieldChange> changes) {
        return new AuditEvent(CLOCK.instant(), actor, "PersonService.update", "person", recordId, "OK", changes,
                new CallOrigin("ui", "10.0.0.7", "Pendataan ulang", "POST /app/person-edit.xhtml"));
    }

    private void append(AuditEvent event) {
        db.run(em -> {
            DurableAuditLog log = new DurableAuditLog();
            log.em = em;
            log.offices = OfficeScope.SINGLE_OFFICE;
            log.append(event);
        });
    }

    private DefaultAuditTrail trail(EntityManager em) {
        ChainBlocks blocks = new ChainBlocks();
        blocks.em = em;
        AuditChainer chainer = new AuditChainer();
        chainer.blocks = blocks;
        DefaultAuditTrail trail = new DefaultAuditTrail();
        trail.em = em;
        trail.chainer = chainer;
        trail.clock = CLOCK;
        trail.offices = OfficeScope.SINGLE_OFFICE;
        trail.checkpointDirectory = checkpoints.toString();
        return trail;
    }

    private AuditVerification verify() {
        return db.inTransaction(em -> trail(em).verify());
    }

    @Test
    void keepsChangesWithTabsAndLineBreaksAndChainsEntriesInTheOrderWritten() {
        append(event("officer", "p-1", List.of(new FieldChange("familyName", "#a1b2c3d4e5f6", "#0f0e0d0c0b0a"),
                new FieldChange("minutes", null, "Baris satu\n\tbaris dua \\ Ina Bo'i"))));
        append(event("supervisor", "p-2", List.of()));

        assertTrue(verify().intact());
        List<AuditRecord> records = db.inTransaction(em -> trail(em).search(AuditQuery.ALL, PageRequest.first())).items();
        assertEquals(List.of(2L, 1L), records.stream().map(AuditRecord::chainSeq).toList());
        assertEquals("Baris satu\n\tbaris dua \\ Ina Bo'i", records.get(1).changes().get(1).after());
        assertEquals(null, records.get(1).changes().get(1).before());
        assertEquals("Pendataan ulang", records.get(0).purpose());
        assertEquals(List.of("p-1"), db.inTransaction(em -> trail(em).slice(
                new AuditQuery("officer", null, null, null, null), 0, 10)).stream().map(AuditRecord::recordId).toList());
    }

    @Test
    void detectsAnEditedEntry() {
        append(event("officer", "p-1", List.of()));
        append(event("officer", "p-2", List.of()));
        append(event("officer", "p-3", List.of()));
        assertTrue(verify().intact());

        db.run(em -> em.createNativeQuery("UPDATE AUD_ENTRY SET ACTOR = 'admin' WHERE CHAIN_SEQ = 2").executeUpdate());

        AuditVerification broken = verify();
        assertFalse(broken.intact());
        assertEquals(2, broken.firstBrokenSeq());
    }

    @Test
    void aCheckpointCatchesTheTailAndTheHeadRewrittenTogether() {
        append(event("officer", "p-1", List.of()));
        append(event("officer", "p-2", List.of()));
        append(event("officer", "p-3", List.of()));
        assertEquals(3, db.inTransaction(em -> trail(em).checkpoint()).chainSeq());

        db.run(em -> {
            String secondHash = (String) em.createNativeQuery("SELECT HASH FROM AUD_ENTRY WHERE CHAIN_SEQ = 2")
                    .getSingleResult();
            em.createNativeQuery("DELETE FROM AUD_ENTRY WHERE CHAIN_SEQ = 3").executeUpdate();
            em.createNativeQuery("UPDATE AUD_HEAD SET LAST_SEQ = 2, LAST_HASH = ?").setParameter(1, secondHash)
                    .executeUpdate();
        });

        AuditVerification verification = verify();
        assertFalse(verification.intact(), "the chain no longer reaches the checkpoint");
        assertEquals(3, verification.checkpointSeq());
    }
}
