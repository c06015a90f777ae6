package org.suaka.platform.persistence;

import java.time.Instant;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

import org.suaka.platform.access.Caller;

/**
 * Stamps every record with who created and who last changed it, from {@link Caller}. Outside a container
 * (unit tests) the caller is unknown and the stamp says so.
 */
public class RecordStamps {

    @PrePersist
    void created(RecordEntity record) {
        record.stampCreated(Instant.now(), callerName());
    }

    @PreUpdate
    void changed(RecordEntity record) {
        record.stampChanged(Instant.now(), callerName());
    }

    private static String callerName() {
        try {
            return CDI.current().select(Caller.class).get().name().orElse("anonymous");
        } catch (IllegalStateException e) {
            return "unknown";
        }
    }
}
