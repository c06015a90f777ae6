package org.suaka.platform.api;

import java.util.Optional;
import java.util.UUID;

/**
 * Parsing of the UUIDs behind every record id, shared by the modules' typed id records.
 */
public final class Ids {

    private Ids() {
    }

    /**
     * @param text an id as text, as found in a URL or a JSON body; may be null
     * @return the UUID, or empty when the text is not one in canonical form
     */
    public static Optional<UUID> parseUuid(String text) {
        if (text == null || text.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
