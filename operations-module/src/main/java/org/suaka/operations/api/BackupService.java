package org.suaka.operations.api;

import java.util.List;

/**
 * Online backups of the embedded database into the configured backup directory
 * ({@code suaka.backup.dir}). The server keeps serving while a backup is taken. A server on PostgreSQL
 * is backed up with PostgreSQL's own tools ({@code pg_dump}, see docs/deploy.md), so taking a backup
 * there is refused as a rule, not attempted.
 */
public interface BackupService {

    /**
     * Takes a backup now.
     *
     * @return the backup taken
     * @throws org.suaka.platform.api.BusinessRuleException {@code backup-needs-embedded-database} on a
     *     server database, {@code backup-running} while another backup is being taken
     */
    Backup take();

    /** @return the backups in the backup directory, newest first */
    List<Backup> list();
}
