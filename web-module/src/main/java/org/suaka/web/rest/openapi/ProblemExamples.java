package org.suaka.web.rest.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One example problem document per error status, shown by the OpenAPI UI beside each error response. They
 * have the shape the exception mappers write, so a client developer sees what to parse.
 */
final class ProblemExamples {

    private static final Map<String, Map<String, Object>> BY_STATUS = Map.of(
            "400", problem("validation", "The request is not valid", 400, "dateOfBirth: must be a past date",
                    List.of(Map.of("field", "dateOfBirth", "message", "must be a past date"))),
            "401", problem("http-401", "Sign in first", 401, null, List.of()),
            "403", problem("forbidden", "Not allowed", 403, "The role OFFICER may not do this", List.of()),
            "404", problem("not-found", "No such person", 404,
                    "No person has id 6f5c2ad7-8f10-4d84-ba66-a8167f3dfd32", List.of()),
            "409", problem("concurrent-edit", "The record was changed by someone else", 409,
                    "The record is at version 4, not 3: read it again and repeat the change", List.of()),
            "429", problem("too-many-sign-in-attempts", "Too many failed sign-ins", 429,
                    "Try again in 8 seconds.", List.of()),
            "500", problem("internal", "The request failed", 500,
                    "An unexpected error occurred; quote incident 5b8e1c2a-6c1d-4f7e-9a51-0c2f8e7d3b64"
                            + " to the administrator", List.of()));

    private ProblemExamples() {
    }

    /**
     * @param status an HTTP error status, e.g. {@code 409}
     * @return an example problem document for it, or null when there is none
     */
    static Map<String, Object> of(String status) {
        return BY_STATUS.get(status);
    }

    private static Map<String, Object> problem(String kind, String title, int status, String detail,
            List<Map<String, String>> errors) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "urn:suaka:problem:" + kind);
        problem.put("title", title);
        problem.put("status", status);
        if (detail != null) {
            problem.put("detail", detail);
        }
        if (!errors.isEmpty()) {
            problem.put("errors", errors);
        }
        return problem;
    }
}
