package org.suaka.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * A real PostgreSQL server for the integration tests that run on PostgreSQL: started when the test run
 * opens, before Arquillian starts the Liberty server that uses it, and stopped when the run ends. It runs
 * only when the failsafe execution names its port ({@code suaka.it.postgresql.port}); the binaries come in
 * a Maven artifact, so nothing needs installing. Each run starts from an empty data directory.
 */
public final class PostgreSqlForTests implements LauncherSessionListener {

    static final String DATABASE = "suaka";
    static final String USER = "suaka";
    static final String PASSWORD = "suaka-test";

    private static EmbeddedPostgres server;

    /** @return true when this test run is the one on PostgreSQL */
    static boolean enabled() {
        return System.getProperty("suaka.it.postgresql.port") != null;
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!enabled()) {
            return;
        }
        TestFiles.deleteRecursively(dataDirectory());
        start();
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE USER " + USER + " PASSWORD '" + PASSWORD + "'");
            statement.execute("CREATE DATABASE " + DATABASE + " OWNER " + USER + " ENCODING 'UTF8'");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the test database", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (server != null) {
            stop();
        }
    }

    /** Starts the server on its port over the data directory as it is. */
    static synchronized void start() {
        try {
            server = EmbeddedPostgres.builder()
                    .setPort(Integer.getInteger("suaka.it.postgresql.port"))
                    .setDataDirectory(dataDirectory())
                    .setCleanDataDirectory(false)
                    .setServerConfig("fsync", "on")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start PostgreSQL for the tests", e);
        }
    }

    /** Stops the server, keeping its data: the application sees the database go away. */
    static synchronized void stop() {
        try {
            server.close();
            server = null;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stop PostgreSQL", e);
        }
    }

    private static Path dataDirectory() {
        return Path.of(System.getProperty("suaka.it.postgresql.data", "target/postgresql-data"));
    }
}
