package org.suaka.web.rest;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.suaka.platform.api.InvalidFieldException;

/** Reads a code or a record id from a query parameter, refusing an unknown one with what is expected. */
final class Codes {

    private Codes() {
    }

    /**
     * @param <E> the kind of code
     * @param parameter the query parameter's name, for the refusal
     * @param text the parameter as sent, in any case; empty for none
     * @param type the codes there are
     * @return the code, or null when none was sent
     * @throws InvalidFieldException naming the parameter and the codes there are
     */
    static <E extends Enum<E>> E parse(String parameter, String text, Class<E> type) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(parameter, "'" + parameter + "' must be one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    /**
     * @param parameter the query parameter's name, for the refusal
     * @param text the parameter as sent
     * @return the record id it names
     * @throws InvalidFieldException naming the parameter when it is not a UUID
     */
    static java.util.UUID uuid(String parameter, String text) {
        try {
            return java.util.UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(parameter, "'" + parameter + "' must be a record id (a UUID)");
        }
    }

    /**
     * @param record what the path names, for the refusal, e.g. "incident"
     * @param text the path segment as sent
     * @return the record id it names
     * @throws RecordNotFoundException (404) when it is not a UUID: no record has such an id
     */
    static java.util.UUID pathId(String record, String text) {
        try {
            return java.util.UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new org.suaka.platform.api.RecordNotFoundException(record, text);
        }
    }
}
