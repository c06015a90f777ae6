package org.suaka.registry.api;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.suaka.platform.api.Ids;

/**
 * The identity of a consent.
 *
 * @param value the UUID behind the id
 */
public record ConsentId(UUID value) {

    public ConsentId {
        Objects.requireNonNull(value, "value");
    }

    /** @return a new random id */
    public static ConsentId random() {
        return new ConsentId(UUID.randomUUID());
    }

    /**
     * @param text the id as text
     * @return the id, or empty when the text is not a UUID
     */
    public static Optional<ConsentId> parse(String text) {
        return Ids.parseUuid(text).map(ConsentId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
