package org.suaka.shelter.api;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.suaka.platform.api.Ids;

/**
 * The identity of a shelter.
 *
 * @param value the UUID behind the id
 */
public record ShelterId(UUID value) {

    public ShelterId {
        Objects.requireNonNull(value, "value");
    }

    /** @return a new random id */
    public static ShelterId random() {
        return new ShelterId(UUID.randomUUID());
    }

    /**
     * @param text the id as text
     * @return the id, or empty when the text is not a UUID
     */
    public static Optional<ShelterId> parse(String text) {
        return Ids.parseUuid(text).map(ShelterId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
