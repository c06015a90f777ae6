package org.suaka.operations.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suaka.operations.api.Backup;
import org.suaka.platform.api.BusinessRuleException;
import org.suaka.platform.testing.OfficeClocks;

class DerbyOnlineBackupTest {

    @TempDir
    Path work;

    private final OfficeClocks.Movable clock = OfficeClocks.movableFrom("2026-11-28T23:45:12");
    private final DerbyOnlineBackup backups = new DerbyOnlineBackup();
    private EmbeddedDataSource live;

    @BeforeEach
    void liveDatabaseWithARecord() throws SQLException {
        live = new EmbeddedDataSource();
        live.setDatabaseName(work.resolve("live/suaka").toString());
        live.setCreateDatabase("create");
        try (Connection db = live.getConnection(); Statement sql = db.createStatement()) {
            sql.execute("CREATE TABLE REG_PERSON (ID VARCHAR(36) PRIMARY KEY, GIVEN_NAME VARCHAR(100))");
            sql.execute("INSERT INTO REG_PERSON VALUES ('6f5c2ad7-8f10-4d84-ba66-a8167f3dfd32', 'Ina Bo''i')");
        }
        backups.dataSource = live;
        backups.clock = clock;
        backups.directory = work.resolve("backups").toString();
    }

    @AfterEach
    void shutDown() {
        try {
            DriverManager.getConnection("jdbc:derby:;shutdown=true").close();
        } catch (SQLException expected) {
            // a clean shutdown of the engine is reported as SQLState XJ015
        }
    }

    @Test
    void aBackupIsNamedAfterOfficeTimeAndRestoresWithItsRecords() throws SQLException {
        Backup backup = backups.take();

        assertEquals("suaka-20261128-234512", backup.name());
        assertEquals(clock.instant(), backup.takenAt());
        assertTrue(backup.bytes() > 0);
        String restored = work.resolve("restored/suaka").toString();
        try (Connection db = DriverManager.getConnection("jdbc:derby:" + restored + ";restoreFrom=" + backup.restoreFrom());
                Statement sql = db.createStatement();
                ResultSet row = sql.executeQuery("SELECT GIVEN_NAME FROM REG_PERSON")) {
            row.next();
            assertEquals("Ina Bo'i", row.getString(1));
        }
    }

    @Test
    void backupsAreListedNewestFirst() {
        Backup first = backups.take();
        clock.advance(Duration.ofHours(24));
        Backup second = backups.take();

        List<Backup> listed = backups.list();

        assertEquals(List.of(second.name(), first.name()), listed.stream().map(Backup::name).toList());
        assertEquals(first.takenAt(), listed.get(1).takenAt());
    }

    @Test
    void twoBackupsInTheSameSecondAreRefusedNotMerged() {
        backups.take();

        BusinessRuleException refused = assertThrows(BusinessRuleException.class, backups::take);

        assertEquals("backup-running", refused.rule());
    }

    @Test
    void pruningKeepsTheNewest() {
        for (int night = 0; night < 3; night++) {
            backups.take();
            clock.advance(Duration.ofHours(24));
        }

        backups.keepNewest(2);

        assertEquals(List.of("suaka-20261130-234512", "suaka-20261129-234512"),
                backups.list().stream().map(Backup::name).toList());
    }

    @Test
    void noBackupDirectoryYetMeansNoBackups() {
        assertEquals(List.of(), backups.list());
    }
}
