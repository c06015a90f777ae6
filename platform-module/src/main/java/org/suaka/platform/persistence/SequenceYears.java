package org.suaka.platform.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.suaka.platform.office.OfficeId;

/**
 * Opens a year's {@link OfficeYearSequence} before its first number is taken, outside any transaction, so
 * that two nodes (or two threads) taking the year's first numbers at once both find the row and queue on
 * its lock, instead of one of them failing on the row the other inserted.
 */
@ApplicationScoped
public class SequenceYears {

    @Resource(lookup = "jdbc/suaka")
    DataSource dataSource;

    /**
     * @param table the sequence's table, as its entity names it
     * @param office an office
     * @param year a year whose sequence for the office may not exist yet; nothing happens when it does
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void open(String table, OfficeId office, int year) {
        if (!table.matches("[A-Z][A-Z_]*")) {
            throw new IllegalArgumentException("Not a sequence table: " + table);
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table
                        + " (OFFICE_ID, SEQUENCE_YEAR, NEXT_VALUE, VERSION) VALUES (?, ?, 1, 0)")) {
            insert.setString(1, office.toString());
            insert.setInt(2, year);
            insert.executeUpdate();
        } catch (SQLException e) {
            if (e.getSQLState() == null || !e.getSQLState().startsWith("23")) {
                throw new IllegalStateException("Cannot open the sequence " + table + " of " + year, e);
            }
        }
    }
}
