package org.suaka.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.json.JsonObject;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Role × endpoint, for every endpoint the deployed application publishes in its OpenAPI document: an
 * anonymous caller gets 401, a role the rule leaves out gets 403, a role it lets in gets through the
 * security check (and then a 2xx or a 4xx about the request itself, never a 5xx). The rule: every
 * role reads, only administrators and officers write; checking a document's authenticity is a read;
 * only administrators see the audit trail, export a person's data and change the offices and their
 * members; partner staff read persons and shelters, and their own office, and answer their organisation's
 * referrals, only.
 */
@ExtendWith(ArquillianExtension.class)
class AuthorisationMatrixIT extends SuakaDeployment {

    private static final Map<String, String> USERS = Map.of("ADMIN", "admin:admin-demo",
            "SUPERVISOR", "supervisor:supervisor-demo",
            "OFFICER", "officer:officer-demo", "VIEWER", "viewer:viewer-demo", "PARTNER", "iom:iom-demo");
    private static final Set<String> PARTNER_READS = Set.of("/api/v1/persons", "/api/v1/persons/{id}",
            "/api/v1/shelters", "/api/v1/shelters/{id}", "/api/v1/shelters/{id}/occupants", "/api/v1/shelters/occupancy",
            "/api/v1/placements/{id}", "/api/v1/offices/mine", "/api/v1/cards/check", "/api/v1/shelters/{id}/units",
            "/api/v1/shelters/{id}/occupancy", "/api/v1/referrals", "/api/v1/referrals/{id}",
            "/api/v1/assistance", "/api/v1/assistance/{id}", "/api/v1/exports/persons", "/api/v1/exports/occupants");
    private static final Set<String> PARTNER_ANSWERS = Set.of("/api/v1/referrals/{id}/accept", "/api/v1/referrals/{id}/reject",
            "/api/v1/referrals/{id}/complete");

    private final HttpClient http = HttpClient.newHttpClient();

    private static Set<String> allowedRoles(String method, String path) {
        if (path.startsWith("/api/v1/audit") || path.startsWith("/api/v1/retention")
                || path.startsWith("/api/v1/statistics")
                || path.startsWith("/api/v1/backups") || path.endsWith("/export")
                || path.startsWith("/api/v1/reports/plugins")
                || path.startsWith("/api/v1/offices") && (!method.equals("GET") || path.contains("/members"))) {
            return Set.of("ADMIN");
        }
        if (path.startsWith("/api/v1/imports")) {
            return Set.of("ADMIN", "SUPERVISOR", "OFFICER");
        }
        if (path.endsWith("/revoke")) {
            return Set.of("ADMIN", "SUPERVISOR");
        }
        if (path.endsWith("/approve") || path.endsWith("/refuse")) {
            return Set.of("SUPERVISOR");
        }
        if (method.equals("POST") && PARTNER_ANSWERS.contains(path)) {
            return Set.of("ADMIN", "SUPERVISOR", "OFFICER", "PARTNER");
        }
        if (method.equals("GET") && PARTNER_READS.contains(path)) {
            return Set.of("ADMIN", "SUPERVISOR", "OFFICER", "VIEWER", "PARTNER");
        }
        if (method.equals("GET") || path.startsWith("/api/v1/reports/verify/")) {
            return Set.of("ADMIN", "SUPERVISOR", "OFFICER", "VIEWER");
        }
        return Set.of("ADMIN", "SUPERVISOR", "OFFICER");
    }

    private int call(String method, String path, String credentials) throws Exception {
        String concrete = path.replace("{reportId}", "no-such-report").replace("{code}", "AAAA-BBBB-CCCC-DDDD")
                .replaceAll("\\{[^}]+}", java.util.UUID.randomUUID().toString());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(SuakaClient.BASE + concrete));
        if (credentials != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        if (method.equals("GET")) {
            request.GET();
        } else if (concrete.startsWith("/api/v1/reports/verify/")) {
            request.header("Content-Type", "application/pdf").method(method, HttpRequest.BodyPublishers.ofString("%PDF-"));
        } else if (concrete.startsWith("/api/v1/reports/plugins")) {
            request.header("Content-Type", "application/zip").method(method, HttpRequest.BodyPublishers.ofString("PK"));
        } else if (concrete.startsWith("/api/v1/imports") && !concrete.contains("/mappings")) {
            request.header("Content-Type", "text/csv").method(method, HttpRequest.BodyPublishers.ofString("Nama depan\n"));
        } else if (concrete.startsWith("/api/v1/agreements/") && concrete.endsWith("/scan") || concrete.endsWith("/attachments")) {
            request.header("Content-Type", "application/pdf").method(method, HttpRequest.BodyPublishers.ofString("%PDF-"));
        } else if (concrete.endsWith("/logo") || concrete.endsWith("/scan") || concrete.endsWith("/photo")) {
            request.header("Content-Type", "image/png").method(method, HttpRequest.BodyPublishers.ofByteArray(
                    new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}));
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString("{}"));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void everyPublishedEndpointEnforcesItsRoles() throws Exception {
        JsonObject openApi = SuakaClient.json(SuakaClient.anonymous().get("/openapi?format=JSON"));
        JsonObject paths = openApi.getJsonObject("paths");
        List<Executable> checks = new ArrayList<>();
        int endpoints = 0;
        for (String path : paths.keySet()) {
            for (String verb : paths.getJsonObject(path).keySet()) {
                String method = verb.toUpperCase(java.util.Locale.ROOT);
                if (!Set.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
                    continue;
                }
                endpoints++;
                String endpoint = method + " " + path;
                int anonymous = call(method, path, null);
                checks.add(() -> assertTrue(anonymous == 401, endpoint + " anonymous -> " + anonymous));
                for (var user : USERS.entrySet()) {
                    int status = call(method, path, user.getValue());
                    boolean allowed = allowedRoles(method, path).contains(user.getKey());
                    checks.add(() -> assertTrue(allowed ? status != 401 && status != 403 && status < 500 : status == 403,
                            endpoint + " as " + user.getKey() + " -> " + status));
                }
            }
        }
        assertTrue(endpoints >= 24, "the OpenAPI document lists " + endpoints + " endpoints");
        assertAll(checks);
    }
}
