package org.suaka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Real answers of the deployed server, checked against the OpenAPI document it publishes: a success and
 * an error for each kind of operation. Every response (status, content type, body field by field) must be
 * one the document declares.
 */
@ExtendWith(ArquillianExtension.class)
class ApiResponsesConformIT extends SuakaDeployment {

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> violations = new ArrayList<>();
    private int checked;

    @Test
    void everyAnswerIsOneTheDocumentDeclares() throws Exception {
        String document = SuakaClient.anonymous().get("/openapi?format=JSON").body();
        OpenApiInteractionValidator validator = OpenApiInteractionValidator.createForInlineApiSpecification(document)
                .build();
        String officer = "officer:officer-demo";
        String admin = "admin:admin-demo";

        // 2025: the monthly report of September 2024 that MonthlyStatisticsIT reads keeps its 171 persons.
        String person = check(validator, "POST", "/api/v1/persons", officer, """
                {"givenName": "Nazanin", "familyName": "Mohammadi", "sex": "FEMALE", "dateOfBirth": "1993-04-02",
                 "nationality": "AFG", "supervisedFrom": "2025-05-01"}""");
        String personId = SuakaClient.parse(person).asJsonObject().getString("id");
        check(validator, "POST", "/api/v1/persons", officer, "{\"givenName\": \"\"}");
        check(validator, "GET", "/api/v1/persons?limit=5", officer, null);
        check(validator, "GET", "/api/v1/persons?limit=abc", officer, null);
        check(validator, "GET", "/api/v1/persons/" + personId, officer, null);
        check(validator, "GET", "/api/v1/persons/00000000-0000-0000-0000-000000000000", officer, null);
        check(validator, "GET", "/api/v1/persons", null, null);
        check(validator, "PATCH", "/api/v1/persons/" + personId, officer, "{\"familyName\": \"Mohammady\", \"version\": 0}");
        check(validator, "PATCH", "/api/v1/persons/" + personId, officer, "{\"familyName\": \"Mohammadi\", \"version\": 0}");
        check(validator, "GET", "/api/v1/persons/" + personId + "/consents", officer, null);
        check(validator, "GET", "/api/v1/shelters", officer, null);
        String shelters = SuakaClient.officer().get("/api/v1/shelters").body();
        String shelterId = SuakaClient.parse(shelters).asJsonArray().getJsonObject(0).getString("id");
        check(validator, "GET", "/api/v1/shelters/" + shelterId, officer, null);
        check(validator, "GET", "/api/v1/shelters/occupancy?date=2024-09-30", officer, null);
        check(validator, "GET", "/api/v1/shelters/occupancy?date=30-09-2024", officer, null);
        check(validator, "GET", "/api/v1/shelters/" + shelterId + "/occupants?date=2024-09-30", officer, null);
        check(validator, "POST", "/api/v1/shelters", "viewer:viewer-demo", "{\"name\": \"Wisma Kupang\"}");
        String placement = check(validator, "POST", "/api/v1/placements", officer, """
                {"personId": "%s", "shelterId": "%s", "from": "2025-05-02"}""".formatted(personId, shelterId));
        String placementId = SuakaClient.parse(placement).asJsonObject().getString("id");
        check(validator, "GET", "/api/v1/placements/" + placementId, officer, null);
        check(validator, "PATCH", "/api/v1/placements/" + placementId, officer, "{\"from\": \"2025-05-03\", \"version\": 0}");
        check(validator, "PATCH", "/api/v1/placements/" + placementId, officer, "{\"from\": \"2025-04-01\", \"version\": 1}");
        String consent = check(validator, "POST", "/api/v1/persons/" + personId + "/consents", officer,
                "{\"topic\": \"Berbagi data dengan IOM\", \"givenOn\": \"2025-05-02\", \"language\": \"fa\"}");
        check(validator, "PATCH", "/api/v1/persons/" + personId + "/consents/"
                + SuakaClient.parse(consent).asJsonObject().getString("id"), officer, "{\"interpreter\": \"Ina Bo'i\", \"version\": 0}");
        check(validator, "GET", "/api/v1/partners", officer, null);
        String partners = SuakaClient.officer().get("/api/v1/partners").body();
        String partnerId = SuakaClient.parse(partners).asJsonArray().getJsonObject(0).getString("id");
        check(validator, "GET", "/api/v1/partners/" + partnerId, officer, null);
        check(validator, "GET", "/api/v1/partners/" + partnerId + "/visits", officer, null);
        check(validator, "PATCH", "/api/v1/partners/" + partnerId, officer, "{\"version\": -1}");
        check(validator, "GET", "/api/v1/persons/" + personId + "/export", admin, null);
        check(validator, "GET", "/api/v1/reports/verify/AAAA-BBBB-CCCC-DDDD", officer, null);
        check(validator, "GET", "/api/v1/reports", officer, null);
        check(validator, "GET", "/api/v1/audit?limit=3", admin, null);
        check(validator, "GET", "/api/v1/audit/verify", admin, null);

        assertTrue(checked >= 20, "answers checked: " + checked);
        assertEquals(List.of(), violations, "answers the document does not declare");
    }

    private String check(OpenApiInteractionValidator validator, String method, String pathAndQuery, String user,
            String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(SuakaClient.BASE + pathAndQuery));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8)));
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String path = pathAndQuery.replaceFirst("\\?.*", "");
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(response.statusCode()).withBody(response.body());
        response.headers().firstValue("Content-Type").ifPresent(type -> answer.withContentType(type));
        ValidationReport report = validator.validateResponse(path, Request.Method.valueOf(method), answer.build());
        checked++;
        report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .forEach(m -> violations.add(method + " " + pathAndQuery + " -> " + response.statusCode() + ": "
                        + m.getKey() + " " + m.getMessage()));
        return response.body();
    }
}
