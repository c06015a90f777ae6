package org.suaka.web.rest.json;

import java.util.Optional;
import java.util.function.Function;

import jakarta.json.bind.JsonbException;
import jakarta.json.bind.adapter.JsonbAdapter;

/**
 * Writes a typed record id as its UUID string and reads it back, refusing text that is not a UUID.
 *
 * @param <I> the id type
 */
abstract class IdAdapter<I> implements JsonbAdapter<I, String> {

    private final Function<String, Optional<I>> parser;

    IdAdapter(Function<String, Optional<I>> parser) {
        this.parser = parser;
    }

    @Override
    public String adaptToJson(I id) {
        return id.toString();
    }

    @Override
    public I adaptFromJson(String text) {
        return parser.apply(text).orElseThrow(() -> new JsonbException("'" + text + "' is not a record id"));
    }
}
