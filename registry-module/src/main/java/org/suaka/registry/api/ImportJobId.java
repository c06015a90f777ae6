package org.suaka.registry.api;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.suaka.platform.api.Ids;

/**
 * The identity of an import job.
 *
 * @param value the UUID behind the id
 */
public record ImportJobId(UUID value) {

    public ImportJobId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * @param text the id as text, as found in a URL
     * @return the id, or empty when the text is not a UUID
     */
    public static Optional<ImportJobId> parse(String text) {
        return Ids.parseUuid(text).map(ImportJobId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
