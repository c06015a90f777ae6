package org.suaka.platform.persistence;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.Version;

/**
 * What every mutable record of every module has: a UUID id kept as text, the moment it was created
 * (UTC), and an optimistic-lock version, so that a concurrent edit is refused instead of silently
 * overwriting. Each module's persistence unit lists this class next to its own entities.
 */
@MappedSuperclass
public abstract class RecordEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    /** For JPA. */
    protected RecordEntity() {
    }

    /**
     * @param id the new record's id
     */
    protected RecordEntity(UUID id) {
        this.id = id.toString();
        this.createdAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    /** @return the record's id */
    protected UUID uuid() {
        return UUID.fromString(id);
    }

    /** @return the record's optimistic-lock version */
    protected long version() {
        return version;
    }

    /**
     * Refuses a change based on an older reading of the record.
     *
     * @param seenVersion the version the caller read before asking for the change
     * @throws OptimisticLockException when the record changed since
     */
    protected void requireVersion(long seenVersion) {
        if (seenVersion != version) {
            throw new OptimisticLockException(getClass().getSimpleName() + " " + id + " changed since version "
                    + seenVersion);
        }
    }
}
