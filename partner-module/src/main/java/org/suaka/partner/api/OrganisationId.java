package org.suaka.partner.api;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.suaka.platform.api.Ids;

/**
 * The identity of a partner organisation.
 *
 * @param value the UUID behind the id
 */
public record OrganisationId(UUID value) {

    public OrganisationId {
        Objects.requireNonNull(value, "value");
    }

    /** @return a new random id */
    public static OrganisationId random() {
        return new OrganisationId(UUID.randomUUID());
    }

    /**
     * @param text the id as text
     * @return the id, or empty when the text is not a UUID
     */
    public static Optional<OrganisationId> parse(String text) {
        return Ids.parseUuid(text).map(OrganisationId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
