package org.suaka.shelter.api;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.suaka.platform.api.Ids;

/**
 * The identity of a placement.
 *
 * @param value the UUID behind the id
 */
public record PlacementId(UUID value) {

    public PlacementId {
        Objects.requireNonNull(value, "value");
    }

    /** @return a new random id */
    public static PlacementId random() {
        return new PlacementId(UUID.randomUUID());
    }

    /**
     * @param text the id as text
     * @return the id, or empty when the text is not a UUID
     */
    public static Optional<PlacementId> parse(String text) {
        return Ids.parseUuid(text).map(PlacementId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
