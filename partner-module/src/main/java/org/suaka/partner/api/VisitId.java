package org.suaka.partner.api;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.suaka.platform.api.Ids;

/**
 * The identity of a partner visit.
 *
 * @param value the UUID behind the id
 */
public record VisitId(UUID value) {

    public VisitId {
        Objects.requireNonNull(value, "value");
    }

    /** @return a new random id */
    public static VisitId random() {
        return new VisitId(UUID.randomUUID());
    }

    /**
     * @param text the id as text
     * @return the id, or empty when the text is not a UUID
     */
    public static Optional<VisitId> parse(String text) {
        return Ids.parseUuid(text).map(VisitId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
