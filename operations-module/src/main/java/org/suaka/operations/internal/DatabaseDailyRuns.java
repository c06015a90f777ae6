package org.suaka.operations.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.suaka.platform.time.DailyRuns;

/**
 * Claims a nightly run by inserting its row into {@code OPS_DAILY_RUN} outside any transaction (the
 * insert commits by itself); the primary key refuses a second claim for the same job and day, from this
 * node or any other, and a refused claim leaves nothing behind.
 */
@ApplicationScoped
public class DatabaseDailyRuns implements DailyRuns {

    @Resource(lookup = "jdbc/suaka")
    DataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "suaka.node", defaultValue = "suaka")
    String node;

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public boolean claim(String job, LocalDate officeDay) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO OPS_DAILY_RUN (JOB, RUN_DAY, NODE, CLAIMED_AT) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, job);
            insert.setDate(2, Date.valueOf(officeDay));
            insert.setString(3, node);
            insert.setTimestamp(4, Timestamp.from(clock.instant()));
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                return false;
            }
            throw new IllegalStateException("Cannot claim the " + job + " run of " + officeDay, e);
        }
    }
}
