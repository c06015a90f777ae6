package org.suaka.web.health;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.suaka.platform.persistence.AppliedSchema;

/**
 * Ready when the database answers within a few seconds and still holds every change set the modules'
 * migrations brought it to at start-up. A stopped database, a lost schema or an older database swapped in
 * makes the server not ready, so a load balancer sends no requests to it.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final int TIMEOUT_SECONDS = 3;

    @Resource(lookup = "jdbc/suaka")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        long expected = AppliedSchema.changeSets();
        var response = HealthCheckResponse.named("database")
                .withData("changelogs", AppliedSchema.changelogs().size())
                .withData("changeSetsExpected", expected);
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(TIMEOUT_SECONDS)) {
                return response.withData("problem", "The database does not answer").down().build();
            }
            long recorded = recordedChangeSets(connection);
            response.withData("changeSetsRecorded", recorded);
            if (expected == 0 || recorded < expected) {
                return response.withData("problem", "The schema is not at the version the modules migrated to")
                        .down().build();
            }
            return response.up().build();
        } catch (SQLException e) {
            return response.withData("problem", "No connection to the database: " + e.getSQLState()).down().build();
        }
    }

    private static long recordedChangeSets(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(TIMEOUT_SECONDS);
            try (ResultSet rows = statement.executeQuery(AppliedSchema.COUNT_QUERY)) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
