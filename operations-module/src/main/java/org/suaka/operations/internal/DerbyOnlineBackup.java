package org.suaka.operations.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.suaka.operations.api.Backup;
import org.suaka.operations.api.BackupService;
import org.suaka.platform.access.RequiresRole;
import org.suaka.platform.access.Roles;
import org.suaka.platform.api.BusinessRuleException;
import org.suaka.platform.audit.Audited;

/**
 * Takes Derby's online backup ({@code SYSCS_UTIL.SYSCS_BACKUP_DATABASE}) of the live database into a new
 * directory under the backup directory, named after the office time it was taken. Derby copies the
 * database consistently while the server keeps serving; one backup runs at a time.
 */
@ApplicationScoped
@Audited
@RequiresRole(Roles.ADMIN)
public class DerbyOnlineBackup implements BackupService {

    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'suaka-'yyyyMMdd-HHmmss");
    private static final ReentrantLock RUNNING = new ReentrantLock();

    @Resource(lookup = "jdbc/suaka")
    DataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "suaka.backup.dir", defaultValue = "backups")
    String directory;

    @Override
    @Audited(write = true)
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Backup take() {
        if (!RUNNING.tryLock()) {
            throw new BusinessRuleException("backup-running", "A backup is being taken; try again when it is done");
        }
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.getMetaData().getDatabaseProductName().contains("Derby")) {
                throw new BusinessRuleException("backup-needs-embedded-database",
                        "This server's database is backed up with its own tools (pg_dump), see docs/deploy.md");
            }
            Instant now = clock.instant();
            Path target = Path.of(directory).toAbsolutePath().resolve(NAME.format(now.atZone(clock.getZone())));
            if (Files.exists(target)) {
                throw new BusinessRuleException("backup-running", "A backup was taken this second; try again");
            }
            try (CallableStatement backup = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                backup.setString(1, target.toString());
                backup.execute();
            }
            return describe(target, now);
        } catch (SQLException e) {
            throw new IllegalStateException("The backup failed: " + e.getMessage(), e);
        } finally {
            RUNNING.unlock();
        }
    }

    @Override
    public List<Backup> list() {
        Path root = Path.of(directory).toAbsolutePath();
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> backups = Files.list(root)) {
            return backups.filter(Files::isDirectory)
                    .filter(dir -> dir.getFileName().toString().startsWith("suaka-"))
                    .sorted(Comparator.comparing((Path dir) -> dir.getFileName().toString()).reversed())
                    .map(dir -> describe(dir, takenAt(dir)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Deletes all but the newest backups. Not part of the api: only the nightly job prunes.
     *
     * @param newest how many backups to keep, at least one
     */
    void keepNewest(int newest) {
        list().stream().skip(Math.max(1, newest)).forEach(old -> delete(Path.of(directory).toAbsolutePath()
                .resolve(old.name())));
    }

    private static void delete(Path backup) {
        try (Stream<Path> files = Files.walk(backup)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Instant takenAt(Path backup) {
        return NAME.withZone(clock.getZone()).parse(backup.getFileName().toString(), Instant::from);
    }

    /** A backup directory holds one directory per database, named like it: Derby restores from that. */
    private static Backup describe(Path backup, Instant takenAt) {
        try (Stream<Path> files = Files.walk(backup)) {
            long bytes = files.filter(Files::isRegularFile).mapToLong(DerbyOnlineBackup::size).sum();
            Path database;
            try (Stream<Path> children = Files.list(backup)) {
                database = children.filter(Files::isDirectory).findFirst().orElse(backup);
            }
            return new Backup(backup.getFileName().toString(), takenAt, bytes, database.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
