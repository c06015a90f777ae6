package org.suaka.web.rest.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.eclipse.microprofile.openapi.models.Operation;

/**
 * Example request bodies for the OpenAPI UI, one per operation, kept in {@code examples.json} beside this
 * class under the operation's method and path ({@code POST /api/v1/persons}). The linter checks them
 * against the document.
 */
final class RequestExamples {

    private RequestExamples() {
    }

    /** @return the examples by {@code METHOD /path} */
    static Map<String, Object> load() {
        try (InputStream in = RequestExamples.class.getResourceAsStream("examples.json")) {
            Map<String, Object> examples = new LinkedHashMap<>();
            Json.createReader(in).readObject().forEach((operation, body) -> examples.put(operation, plain(body)));
            return examples;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param example the example body, or null when the operation has none
     * @param operation the operation whose JSON request body shows it
     */
    static void attach(Object example, Operation operation) {
        if (example == null || operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return;
        }
        operation.getRequestBody().getContent().getMediaTypes().forEach((type, media) -> {
            if (type.contains("json")) {
                media.example(example);
            }
        });
    }

    /** JSON-P values as the plain maps, lists and values the OpenAPI model holds. */
    private static Object plain(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                ((JsonObject) value).forEach((key, member) -> map.put(key, plain(member)));
                yield map;
            }
            case ARRAY -> ((JsonArray) value).stream().map(RequestExamples::plain).toList();
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).isIntegral() ? ((JsonNumber) value).longValue()
                    : ((JsonNumber) value).doubleValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            default -> null;
        };
    }
}
