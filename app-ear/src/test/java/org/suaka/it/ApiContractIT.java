package org.suaka.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.json.JsonObject;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * The deployed OpenAPI document as a client's developer reads it: every operation has an id, a summary, a
 * tag, the HTTP Basic security scheme and its error responses as problem documents; creations answer 201;
 * paging, dates and ids say what the server accepts;
 * every JSON request body and every problem shows an example in the OpenAPI UI, and every JSON body says
 * what is inside it.
 */
@ExtendWith(ArquillianExtension.class)
class ApiContractIT extends SuakaDeployment {

    private static final Set<String> VERBS = Set.of("get", "post", "put", "patch", "delete");

    @Test
    void everyOperationIsDescribedWithItsSecurityAndErrors() {
        JsonObject document = SuakaClient.json(SuakaClient.anonymous().get("/openapi?format=JSON"));
        assertEquals("basic", document.getJsonObject("components").getJsonObject("securitySchemes")
                .getJsonObject("basicAuth").getString("scheme"));
        assertTrue(document.getJsonObject("components").getJsonObject("schemas").containsKey("Problem"));
        assertFalse(document.getJsonArray("security").isEmpty(), "every operation needs HTTP Basic");

        List<Executable> checks = new ArrayList<>();
        Set<String> operationIds = new HashSet<>();
        JsonObject paths = document.getJsonObject("paths");
        for (String path : paths.keySet()) {
            for (String verb : paths.getJsonObject(path).keySet()) {
                if (!VERBS.contains(verb)) {
                    continue;
                }
                JsonObject operation = paths.getJsonObject(path).getJsonObject(verb);
                String name = verb.toUpperCase(java.util.Locale.ROOT) + " " + path;
                JsonObject responses = operation.getJsonObject("responses");
                checks.add(() -> assertTrue(operation.containsKey("operationId")
                        && operationIds.add(operation.getString("operationId")), name + ": a unique operationId"));
                checks.add(() -> assertFalse(operation.getString("summary", "").isBlank(), name + ": a summary"));
                checks.add(() -> assertFalse(operation.getJsonArray("tags").isEmpty(), name + ": a tag"));
                for (String status : List.of("401", "403", "500")) {
                    checks.add(() -> assertTrue(responses.containsKey(status) && responses.getJsonObject(status)
                            .getJsonObject("content").containsKey("application/problem+json"),
                            name + ": " + status + " as a problem document"));
                    checks.add(() -> assertEquals(Integer.parseInt(status), responses.getJsonObject(status)
                            .getJsonObject("content").getJsonObject("application/problem+json")
                            .getJsonObject("example").getInt("status"), name + ": an example " + status + " problem"));
                }
                if (path.contains("{")) {
                    checks.add(() -> assertTrue(responses.containsKey("404"), name + ": 404 for an unknown id"));
                }
                for (JsonObject parameter : operation.containsKey("parameters")
                        ? operation.getJsonArray("parameters").getValuesAs(JsonObject.class) : List.<JsonObject>of()) {
                    JsonObject schema = parameter.getJsonObject("schema");
                    String what = name + ": parameter " + parameter.getString("name") + " " + schema;
                    switch (parameter.getString("name")) {
                        case "limit" -> checks.add(() -> assertEquals(500, schema.getInt("maximum"), what));
                        case "offset" -> checks.add(() -> assertEquals(0, schema.getInt("minimum"), what));
                        case "date", "from", "to" -> checks.add(() -> assertEquals("date", schema.getString("format"), what));
                        case "id" -> checks.add(() -> assertEquals("uuid", schema.getString("format"), what));
                        default -> { }
                    }
                }
                if (operation.containsKey("requestBody")) {
                    JsonObject content = operation.getJsonObject("requestBody").getJsonObject("content");
                    content.keySet().stream().filter(type -> type.contains("json")).forEach(type -> {
                        checks.add(() -> assertTrue(content.getJsonObject(type).containsKey("example"),
                                name + ": an example " + type));
                        checks.add(() -> assertTrue(described(content.getJsonObject(type).getJsonObject("schema")),
                                name + ": the request body's fields are described"));
                    });
                }
                for (String success : List.of("200", "201")) {
                    if (responses.containsKey(success) && responses.getJsonObject(success).containsKey("content")
                            && responses.getJsonObject(success).getJsonObject("content").containsKey("application/json")) {
                        JsonObject schema = responses.getJsonObject(success).getJsonObject("content")
                                .getJsonObject("application/json").getJsonObject("schema");
                        checks.add(() -> assertTrue(described(schema), name + ": the " + success + " body is described"));
                    }
                }
                if (verb.equals("patch")) {
                    checks.add(() -> assertTrue(responses.containsKey("409") && responses.containsKey("400"),
                            name + ": 400 and 409 (stale version)"));
                }
            }
        }
        for (String creation : List.of("/api/v1/persons", "/api/v1/shelters", "/api/v1/placements", "/api/v1/partners",
                "/api/v1/visits", "/api/v1/persons/{id}/consents")) {
            checks.add(() -> assertTrue(paths.getJsonObject(creation).getJsonObject("post").getJsonObject("responses")
                    .containsKey("201"), "POST " + creation + " answers 201"));
        }
        assertTrue(checks.size() > 150, "the document lists the operations: " + checks.size());
        assertAll(checks);
    }

    /** A schema that says what is inside: a named record, properties, or items that are described. */
    private static boolean described(JsonObject schema) {
        return schema.containsKey("$ref") || schema.containsKey("properties")
                || (schema.containsKey("items") && described(schema.getJsonObject("items")));
    }
}
