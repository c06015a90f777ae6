package org.suaka.web.rest;

import java.util.Optional;
import java.util.function.Function;

import org.suaka.platform.api.RecordNotFoundException;

/**
 * Finds a record by the id in a URL. A malformed id is answered like an unknown one: 404.
 */
final class Lookup {

    private Lookup() {
    }

    static <I, V> V byId(String recordType, String idText, Function<String, Optional<I>> parse,
            Function<I, Optional<V>> find) {
        return parse.apply(idText).flatMap(find).orElseThrow(() -> new RecordNotFoundException(recordType, idText));
    }
}
