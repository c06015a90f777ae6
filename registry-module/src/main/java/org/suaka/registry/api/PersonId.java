package org.suaka.registry.api;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.suaka.platform.api.Ids;

/**
 * The identity of a registered person, the only way other modules refer to one.
 *
 * @param value the UUID behind the id
 */
public record PersonId(UUID value) {

    public PersonId {
        Objects.requireNonNull(value, "value");
    }

    /** @return a new random id */
    public static PersonId random() {
        return new PersonId(UUID.randomUUID());
    }

    /**
     * @param text the id as text, as found in a URL or a JSON body
     * @return the id, or empty when the text is not a UUID
     */
    public static Optional<PersonId> parse(String text) {
        return Ids.parseUuid(text).map(PersonId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
