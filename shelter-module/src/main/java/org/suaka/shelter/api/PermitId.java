package org.suaka.shelter.api;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.suaka.platform.api.Ids;

/**
 * The id of an exit permit.
 *
 * @param value the UUID
 */
public record PermitId(UUID value) {

    public PermitId {
        Objects.requireNonNull(value, "value");
    }

    /** @return a new random id */
    public static PermitId random() {
        return new PermitId(UUID.randomUUID());
    }

    /**
     * @param text a UUID's text
     * @return the id, or empty when the text is not a UUID
     */
    public static Optional<PermitId> parse(String text) {
        return Ids.parseUuid(text).map(PermitId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
