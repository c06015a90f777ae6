package org.suaka.platform.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;

import javax.sql.DataSource;

import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Applies one module's Liquibase changelog to a database. Every module owns exactly one changelog; they
 * share Liquibase's bookkeeping tables, and each changelog's path keeps its change sets apart.
 */
public final class SchemaMigrator {

    private final ClassLoader resources;
    private final String changelog;

    /**
     * @param resources the class loader that can see the module's changelog resource
     * @param changelog the classpath path of the changelog, e.g. {@code org/suaka/registry/internal/db/changelog.xml}
     */
    public SchemaMigrator(ClassLoader resources, String changelog) {
        this.resources = Objects.requireNonNull(resources, "resources");
        this.changelog = Objects.requireNonNull(changelog, "changelog");
    }

    /**
     * Brings the schema up to date, taking a connection from the data source for the duration.
     *
     * @param dataSource a data source whose connections are not enlisted in a JTA transaction
     * @throws SchemaMigrationException when the changelog cannot be applied
     */
    public void migrate(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            migrate(connection);
        } catch (SQLException e) {
            throw new SchemaMigrationException(changelog, e);
        }
    }

    /**
     * Brings the schema up to date on the given connection, which stays open.
     *
     * @param connection a connection in auto-commit or local-transaction mode
     * @throws SchemaMigrationException when the changelog cannot be applied
     */
    public void migrate(Connection connection) {
        try {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Liquibase liquibase = new Liquibase(changelog, new ClassLoaderResourceAccessor(resources), database);
            liquibase.update("");
            // Liquibase leaves a read open after its last commit; an application server rolls back
            // (and complains about) any local work still open when the start-up bean returns.
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            AppliedSchema.record(changelog, countChangeSets(connection));
        } catch (LiquibaseException | SQLException e) {
            throw new SchemaMigrationException(changelog, e);
        }
    }

    private static long countChangeSets(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(AppliedSchema.COUNT_QUERY)) {
            rows.next();
            long count = rows.getLong(1);
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            return count;
        }
    }
}
