package org.suaka.reporting.internal.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.suaka.platform.office.OfficeId;

/**
 * Opens a year's document sequence before its first number is taken, outside any transaction, so that
 * two nodes (or two threads) issuing the year's first documents at once both find the row and queue on
 * its lock, instead of one of them failing on the row the other inserted.
 */
@ApplicationScoped
public class SequenceYears {

    @Resource(lookup = "jdbc/suaka")
    DataSource dataSource;

    /**
     * @param office an office
     * @param year a year whose sequence for the office may not exist yet; nothing happens when it does
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void open(OfficeId office, int year) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO RPT_OFFICE_SEQUENCE (OFFICE_ID, SEQUENCE_YEAR, NEXT_VALUE, VERSION)"
                                + " VALUES (?, ?, 1, 0)")) {
            insert.setString(1, office.toString());
            insert.setInt(2, year);
            insert.executeUpdate();
        } catch (SQLException e) {
            if (e.getSQLState() == null || !e.getSQLState().startsWith("23")) {
                throw new IllegalStateException("Cannot open the document sequence of " + year, e);
            }
        }
    }
}
