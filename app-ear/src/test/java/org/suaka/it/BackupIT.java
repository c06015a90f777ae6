package org.suaka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.json.JsonObject;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An administrator takes an online backup while the server serves; Derby restores it into a new
 * database (the documented restore), which holds the same persons and the same issued documents with
 * the same hashes. On PostgreSQL the endpoint refuses and names pg_dump instead.
 */
@ExtendWith(ArquillianExtension.class)
class BackupIT extends SuakaDeployment {

    private static final SuakaClient ADMIN = SuakaClient.as("admin", "admin-demo");

    @Test
    void aRestoredBackupHasTheSameRecordsAndDocumentHashes() throws Exception {
        if (PostgreSqlForTests.enabled()) {
            HttpResponse<String> refused = ADMIN.postJson("/api/v1/backups", "");
            assertEquals(409, refused.statusCode(), refused.body());
            assertTrue(SuakaClient.json(refused).getString("detail").contains("pg_dump"), refused.body());
            return;
        }
        HttpResponse<byte[]> issued = ADMIN.getBytes("/api/v1/reports/monthly-statistics?month=2024-09");
        String code = issued.headers().firstValue("X-Verification-Code").orElseThrow();
        String sha256 = issued.headers().firstValue("X-Content-SHA256").orElseThrow();
        long persons = SuakaClient.json(ADMIN.get("/api/v1/persons?size=1")).getJsonNumber("total").longValue();

        HttpResponse<String> taken = ADMIN.postJson("/api/v1/backups", "");

        assertEquals(201, taken.statusCode(), taken.body());
        JsonObject backup = SuakaClient.json(taken);
        assertTrue(backup.getJsonNumber("bytes").longValue() > 100_000, taken.body());
        assertEquals(backup.getString("name"), SuakaClient.parse(ADMIN.get("/api/v1/backups").body())
                .asJsonArray().getJsonObject(0).getString("name"), "the newest backup is listed first");

        Path restored = Files.createTempDirectory("suaka-restored").resolve("suaka");
        String url = "jdbc:derby:" + restored + ";restoreFrom=" + backup.getString("restoreFrom");
        try (Connection db = DriverManager.getConnection(url)) {
            assertEquals(persons, count(db, "SELECT COUNT(*) FROM REG_PERSON WHERE MERGED_INTO IS NULL AND OFFICE_ID = '"
                    + SuakaClient.json(ADMIN.get("/api/v1/offices/mine")).getString("id") + "'"),
                    "the administrator's office's persons (a record merged into another is not one)");
            try (PreparedStatement hash = db.prepareStatement(
                    "SELECT SHA256 FROM RPT_ISSUED_DOCUMENT WHERE VERIFICATION_CODE = ?")) {
                hash.setString(1, code);
                try (ResultSet row = hash.executeQuery()) {
                    assertTrue(row.next(), "the issued document is in the backup");
                    assertEquals(sha256, row.getString(1));
                }
            }
        } finally {
            shutDown(restored);
        }
    }

    private static long count(Connection db, String query) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void shutDown(Path database) {
        try {
            DriverManager.getConnection("jdbc:derby:" + database + ";shutdown=true").close();
        } catch (SQLException expected) {
            // Derby reports a clean shutdown as SQLState 08006
        }
    }
}
