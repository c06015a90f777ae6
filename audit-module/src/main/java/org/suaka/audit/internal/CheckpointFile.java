package org.suaka.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.suaka.audit.api.AuditCheckpoint;

/**
 * The chain's checkpoints, one line each ({@code seq hash instant}), appended to a file outside the
 * database. An administrator may copy the file elsewhere; rewriting the database's tail and head together
 * no longer matches it.
 */
final class CheckpointFile {

    private final Path file;

    CheckpointFile(Path directory) {
        this.file = directory.resolve("audit-checkpoints.log");
    }

    void append(AuditCheckpoint checkpoint) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, checkpoint.chainSeq() + " " + checkpoint.headHash() + " " + checkpoint.takenAt()
                    + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the audit checkpoint to " + file, e);
        }
    }

    Optional<AuditCheckpoint> last() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = lines.size() - 1; i >= 0; i--) {
                String[] parts = lines.get(i).strip().split(" ");
                if (parts.length == 3) {
                    return Optional.of(new AuditCheckpoint(Long.parseLong(parts[0]), parts[1],
                            Instant.parse(parts[2])));
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the audit checkpoints in " + file, e);
        }
    }
}
