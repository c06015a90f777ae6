package org.suaka.platform.persistence;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import org.suaka.platform.api.StaleVersionException;

/**
 * What every mutable record of every module has: a UUID id kept as text, who created it and when, who
 * changed it last and when (instants, UTC), and an optimistic-lock version, so that a concurrent edit is
 * refused instead of silently overwriting. The stamps are set by {@link RecordStamps}. Each module's
 * persistence unit lists this class next to its own entities.
 */
@MappedSuperclass
@EntityListeners(RecordStamps.class)
public abstract class RecordEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "CREATED_BY", length = 100)
    private String createdBy;

    @Column(name = "CHANGED_AT")
    private LocalDateTime changedAt;

    @Column(name = "CHANGED_BY", length = 100)
    private String changedBy;

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
        this.createdAt = utc(Instant.now());
    }

    /** @return the record's id */
    protected UUID uuid() {
        return UUID.fromString(id);
    }

    /** @return the record's optimistic-lock version */
    protected long version() {
        return version;
    }

    /** @return who created the record and when, and who changed it last and when */
    public RecordStamp stamp() {
        return new RecordStamp(createdAt.toInstant(ZoneOffset.UTC), createdBy,
                changedAt == null ? null : changedAt.toInstant(ZoneOffset.UTC), changedBy);
    }

    void stampCreated(Instant at, String by) {
        this.createdAt = utc(at);
        this.createdBy = by;
    }

    void stampChanged(Instant at, String by) {
        this.changedAt = utc(at);
        this.changedBy = by;
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    /** @return the kind of record, for messages, e.g. {@code placement} */
    protected String recordType() {
        String name = getClass().getSimpleName();
        return name.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + name.substring(1);
    }

    /**
     * Refuses a change based on an older reading of the record.
     *
     * @param seenVersion the version the caller read before asking for the change
     * @throws StaleVersionException when the record changed since
     */
    protected void requireVersion(long seenVersion) {
        if (seenVersion != version) {
            throw new StaleVersionException(recordType(), id, seenVersion, version);
        }
    }
}
