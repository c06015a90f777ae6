package org.suaka.web.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.suaka.platform.api.PageRequest;
import org.suaka.platform.testing.InMemoryPersistence;
import org.suaka.web.preferences.WebSchemaMigration;

class AuditTrailTest {

    private final InMemoryPersistence db = new InMemoryPersistence("web", WebSchemaMigration.CHANGELOG);

    @BeforeEach
    void recordThreeEvents() {
        for (String who : new String[] {"officer", "viewer", "officer"}) {
            db.run(em -> new AuditTrail(em).record(new AuditEvent(who, "READ", "persons",
                    "1f0c8a62-7a53-4d1e-9d7e-6c1f3b2a9e10", "GET /persons/1f0c…", "127.0.0.1", "Wawancara UNHCR")));
        }
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    private AuditVerification verify() {
        return db.inTransaction(em -> new AuditTrail(em).verify());
    }

    private void sql(String statement) throws Exception {
        try (Connection c = db.connection(); Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    @Test
    void anUntouchedChainVerifies() {
        assertEquals(new AuditVerification(true, 3, 0), verify());
        assertEquals(2, db.inTransaction(em -> new AuditTrail(em).search("officer", null, null, null,
                PageRequest.first())).total());
    }

    @Test
    void editingOneRowInTheDatabaseIsDetected() throws Exception {
        sql("UPDATE WEB_AUDIT_ENTRY SET ACTOR = 'someone-else' WHERE SEQ = 2");

        AuditVerification result = verify();

        assertFalse(result.intact());
        assertEquals(2, result.firstBrokenSeq());
    }

    @Test
    void deletingARowIsDetected() throws Exception {
        sql("DELETE FROM WEB_AUDIT_ENTRY WHERE SEQ = 2");

        assertEquals(2, verify().firstBrokenSeq());
    }

    @Test
    void deletingTheLastRowIsDetected() throws Exception {
        sql("DELETE FROM WEB_AUDIT_ENTRY WHERE SEQ = 3");

        assertFalse(verify().intact());
    }

    @Test
    void rewritingARowWithARecomputedHashStillBreaksTheNextLink() throws Exception {
        AuditEntry forged = new AuditEntry(2, java.time.LocalDateTime.of(2024, 9, 11, 2, 0),
                new AuditEvent("someone-else", "READ", "persons", "x", null, null, null),
                db.inTransaction(em -> em.find(AuditEntry.class, 1L)).hash());
        sql("UPDATE WEB_AUDIT_ENTRY SET ACTOR = 'someone-else', ENTITY_ID = 'x', DETAIL = NULL, ADDRESS = NULL,"
                + " PURPOSE = NULL, RECORDED_AT = TIMESTAMP('2024-09-11 02:00:00'), HASH = '" + forged.hash()
                + "' WHERE SEQ = 2");

        AuditVerification result = verify();

        assertFalse(result.intact());
        assertEquals(3, result.firstBrokenSeq());
        assertTrue(result.entries() >= 2);
    }
}
