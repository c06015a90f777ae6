package org.suaka.upgrade;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.suaka.platform.persistence.SchemaMigrator;

/**
 * A Derby database made by the previous release's migrations (the release before offices were data), with
 * records in every module, is brought up to this release by this release's migrations, as a server does at
 * start-up: every record then belongs to the first office, each person has one stay with it, and the
 * first office's document numbering goes on where it stopped.
 */
class PreviousReleaseUpgradeTest {

    private static final String FIRST_OFFICE = "00000000-0000-0000-0000-000000000001";
    private static final List<String> PREVIOUS_CHANGELOGS = List.of(
            "org/suaka/audit/internal/db/changelog.xml", "org/suaka/account/internal/db/changelog.xml",
            "org/suaka/operations/internal/db/changelog.xml", "org/suaka/registry/internal/db/changelog.xml",
            "org/suaka/shelter/internal/db/changelog.xml", "org/suaka/partner/internal/db/changelog.xml",
            "org/suaka/reporting/internal/db/changelog.xml");
    private static final List<String> CURRENT_CHANGELOGS = List.of(
            "org/suaka/audit/internal/db/changelog.xml", "org/suaka/account/internal/db/changelog.xml",
            "org/suaka/office/internal/db/changelog.xml", "org/suaka/operations/internal/db/changelog.xml",
            "org/suaka/registry/internal/db/changelog.xml", "org/suaka/shelter/internal/db/changelog.xml",
            "org/suaka/partner/internal/db/changelog.xml", "org/suaka/reporting/internal/db/changelog.xml");
    private static final String URL = "jdbc:derby:memory:previous-release";

    private final Connection db = open();

    private static Connection open() {
        try {
            return DriverManager.getConnection(URL + ";create=true");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void drop() {
        try {
            DriverManager.getConnection(URL + ";drop=true");
        } catch (SQLException dropped) {
            // Derby reports a dropped database as an exception (08006)
        }
    }

    @Test
    void aDatabaseOfThePreviousReleaseIsUpgradedWithEveryRecordInTheFirstOffice() throws Exception {
        URL previous = Path.of("src/test/resources/previous-release").toUri().toURL();
        try (URLClassLoader previousRelease = new URLClassLoader(new URL[] {previous}, null)) {
            for (String changelog : PREVIOUS_CHANGELOGS) {
                new SchemaMigrator(previousRelease, changelog).migrate(db);
            }
        }
        storeRecordsOfThePreviousRelease();

        for (String changelog : CURRENT_CHANGELOGS) {
            new SchemaMigrator(getClass().getClassLoader(), changelog).migrate(db);
        }

        for (String table : List.of("REG_PERSON", "SHL_SHELTER", "SHL_PLACEMENT", "PTR_ORGANISATION", "PTR_VISIT",
                "RPT_ISSUED_DOCUMENT", "AUD_ENTRY", "REG_OFFICE_STAY")) {
            assertEquals(List.of(FIRST_OFFICE), column("SELECT DISTINCT OFFICE_ID FROM " + table), table);
        }
        assertEquals(List.of("2016-05-01|null|SUPERVISION|null", "2018-02-01|2024-10-01|SUPERVISION|SUPERVISION"),
                column("SELECT FROM_DATE || '|' || COALESCE(CAST(UNTIL_DATE AS VARCHAR(10)), 'null') || '|' || BEGUN_BY"
                        + " || '|' || COALESCE(ENDED_BY, 'null') FROM REG_OFFICE_STAY ORDER BY FROM_DATE"));
        assertEquals(List.of(FIRST_OFFICE + "|2024|8"),
                column("SELECT OFFICE_ID || '|' || CAST(SEQUENCE_YEAR AS CHAR(4)) || '|' || TRIM(CAST(NEXT_VALUE AS CHAR(20)))"
                        + " FROM RPT_OFFICE_SEQUENCE"));
        assertEquals(List.of("Mohammad Reza", "Zahra"), column("SELECT GIVEN_NAME FROM REG_PERSON ORDER BY GIVEN_NAME"));
        assertEquals(List.of("0"), column("SELECT CAST(COUNT(*) AS CHAR(3)) FROM ORG_OFFICE"),
                "the offices are seeded from the settings when the server starts, not by the migration");
    }

    private void storeRecordsOfThePreviousRelease() throws SQLException {
        try (Statement sql = db.createStatement()) {
            sql.executeUpdate("INSERT INTO REG_PERSON (ID, GIVEN_NAME, FAMILY_NAME, SEX, DATE_OF_BIRTH, NATIONALITY,"
                    + " SUPERVISED_FROM, SUPERVISED_UNTIL, CREATED_AT, VERSION) VALUES"
                    + " ('a0000000-0000-4000-8000-000000000001', 'Mohammad Reza', 'Hosseini', 'MALE', '1988-03-14', 'AFG',"
                    + " '2016-05-01', NULL, CURRENT_TIMESTAMP, 0),"
                    + " ('a0000000-0000-4000-8000-000000000002', 'Zahra', 'Qureshi', 'FEMALE', '1992-07-01', 'PAK',"
                    + " '2018-02-01', '2024-10-01', CURRENT_TIMESTAMP, 1)");
            sql.executeUpdate("INSERT INTO SHL_SHELTER (ID, NAME, CITY, CAPACITY, CREATED_AT, VERSION) VALUES"
                    + " ('b0000000-0000-4000-8000-000000000001', 'Hotel Ina Bo''i', 'Kupang', 60, CURRENT_TIMESTAMP, 0)");
            sql.executeUpdate("INSERT INTO SHL_PLACEMENT (ID, PERSON_ID, SHELTER_ID, START_DATE, CREATED_AT, VERSION)"
                    + " VALUES ('c0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001',"
                    + " 'b0000000-0000-4000-8000-000000000001', '2016-05-01', CURRENT_TIMESTAMP, 0)");
            sql.executeUpdate("INSERT INTO PTR_ORGANISATION (ID, NAME, TYPE, CREATED_AT, VERSION) VALUES"
                    + " ('d0000000-0000-4000-8000-000000000001', 'IOM Kupang', 'IOM', CURRENT_TIMESTAMP, 0)");
            sql.executeUpdate("INSERT INTO PTR_VISIT (ID, ORGANISATION_ID, VISIT_DATE, LOCATION, PURPOSE, CREATED_AT,"
                    + " VERSION) VALUES ('e0000000-0000-4000-8000-000000000001', 'd0000000-0000-4000-8000-000000000001',"
                    + " '2024-09-11', 'Rudenim Kupang', 'Koordinasi', CURRENT_TIMESTAMP, 0)");
            sql.executeUpdate("INSERT INTO RPT_DOCUMENT_SEQUENCE (SEQUENCE_YEAR, NEXT_VALUE, VERSION) VALUES (2024, 8, 7)");
            sql.executeUpdate("INSERT INTO RPT_ISSUED_DOCUMENT (VERIFICATION_CODE, DOCUMENT_NUMBER, REPORT_ID,"
                    + " REPORT_VERSION, ARGUMENTS, LANGUAGE, ISSUED_AT, ISSUED_BY, SHA256, CONTENT) VALUES"
                    + " ('ABCD-EFGH-JKLM-NPQR', 'W22.RDN.KPG-0007/MONTHLY-STATISTICS/X/2024', 'monthly-statistics',"
                    + " '1.0', 'month=2024-09', 'id', CURRENT_TIMESTAMP, 'officer', '" + "0".repeat(64) + "',"
                    + " CAST(X'255044462D' AS BLOB))");
            sql.executeUpdate("INSERT INTO AUD_ENTRY (OCCURRED_AT, ACTOR, OPERATION, OUTCOME, CONTENT_HASH) VALUES"
                    + " (CURRENT_TIMESTAMP, 'officer', 'PersonService.register', 'OK', '" + "0".repeat(64) + "')");
        }
    }

    private List<String> column(String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1) == null ? null : rows.getString(1).strip());
            }
        }
        return values;
    }
}
