package org.suaka.operations.api;

import java.time.Instant;

/**
 * One backup of the database: a complete copy that Derby can restore from.
 *
 * @param name the backup's directory name, e.g. {@code suaka-20261128-234512}
 * @param takenAt when it was taken
 * @param bytes its size on disk
 * @param restoreFrom the directory to give Derby's {@code restoreFrom} attribute when restoring it
 */
public record Backup(String name, Instant takenAt, long bytes, String restoreFrom) {
}
