package org.suaka.operations.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.suaka.platform.persistence.SchemaMigrator;
import org.suaka.platform.testing.OfficeClocks;

/** Claims on a real Derby database with the module's own changelog, as two nodes would make them. */
class DatabaseDailyRunsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 29);

    private EmbeddedDataSource database;

    @BeforeEach
    void migratedDatabase() throws SQLException {
        database = new EmbeddedDataSource();
        database.setDatabaseName("memory:daily-runs-" + System.nanoTime());
        database.setCreateDatabase("create");
        try (Connection connection = database.getConnection()) {
            new SchemaMigrator(getClass().getClassLoader(), OperationsSchemaMigration.CHANGELOG).migrate(connection);
        }
    }

    @Test
    void aDayIsClaimedOnceWhicheverNodeAsksAgain() {
        DatabaseDailyRuns nodeA = node("node-a");
        DatabaseDailyRuns nodeB = node("node-b");

        assertTrue(nodeA.claim("retention", DAY));
        assertFalse(nodeB.claim("retention", DAY));
        assertFalse(nodeA.claim("retention", DAY));
        assertTrue(nodeB.claim("retention", DAY.plusDays(1)), "the next day is a new run");
        assertTrue(nodeB.claim("audit-checkpoint-pdf", DAY), "another job is a new run");
    }

    @Test
    void nodesClaimingAtTheSameMomentGetOneRun() throws Exception {
        List<Callable<Boolean>> nodes = List.of(() -> node("node-a").claim("retention", DAY),
                () -> node("node-b").claim("retention", DAY), () -> node("node-c").claim("retention", DAY),
                () -> node("node-d").claim("retention", DAY));
        ExecutorService pool = Executors.newFixedThreadPool(nodes.size());
        try {
            long claimed = 0;
            for (Future<Boolean> claim : pool.invokeAll(nodes)) {
                claimed += claim.get() ? 1 : 0;
            }
            assertEquals(1, claimed);
        } finally {
            pool.shutdown();
        }
    }

    private DatabaseDailyRuns node(String name) {
        DatabaseDailyRuns runs = new DatabaseDailyRuns();
        runs.dataSource = database;
        runs.clock = OfficeClocks.kupangAt("2026-11-29T02:15");
        runs.node = name;
        return runs;
    }
}
