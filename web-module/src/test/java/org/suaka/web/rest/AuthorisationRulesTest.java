package org.suaka.web.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;

/**
 * Every REST endpoint has an explicit role rule, and the rules are the ones written here. The list of
 * endpoints is read from the compiled resources, so a new endpoint that nobody added to this table
 * fails the build.
 */
class AuthorisationRulesTest {

    private static final String ALL = "ADMIN,OFFICER,SUPERVISOR,VIEWER";
    private static final String WRITERS = "ADMIN,OFFICER,SUPERVISOR";
    private static final String ALL_AND_PARTNERS = "ADMIN,OFFICER,PARTNER,SUPERVISOR,VIEWER";
    private static final String WRITERS_AND_PARTNERS = "ADMIN,OFFICER,PARTNER,SUPERVISOR";

    private static final Map<String, String> EXPECTED = new TreeMap<>(Map.ofEntries(
            Map.entry("GET /persons", ALL_AND_PARTNERS),
            Map.entry("GET /persons/{id}", ALL_AND_PARTNERS),
            Map.entry("POST /persons", WRITERS),
            Map.entry("PATCH /persons/{id}", WRITERS),
            Map.entry("PATCH /persons/{id}/consents/{consentId}", WRITERS),
            Map.entry("PATCH /placements/{id}", WRITERS),
            Map.entry("PATCH /partners/{id}", WRITERS),
            Map.entry("PATCH /visits/{id}", WRITERS),
            Map.entry("GET /persons/{id}/export", "ADMIN"),
            Map.entry("GET /persons/{id}/consents", ALL),
            Map.entry("POST /persons/{id}/end-supervision", WRITERS),
            Map.entry("POST /retention/run", "ADMIN"),
            Map.entry("GET /statistics/consistency", "ADMIN"),
            Map.entry("POST /backups", "ADMIN"),
            Map.entry("GET /backups", "ADMIN"),
            Map.entry("POST /persons/{id}/consents", WRITERS),
            Map.entry("GET /shelters", ALL_AND_PARTNERS),
            Map.entry("GET /shelters/{id}", ALL_AND_PARTNERS),
            Map.entry("GET /shelters/{id}/occupants", ALL_AND_PARTNERS),
            Map.entry("GET /shelters/occupancy", ALL_AND_PARTNERS),
            Map.entry("POST /shelters", WRITERS),
            Map.entry("PATCH /shelters/{id}", WRITERS),
            Map.entry("GET /placements/{id}", ALL_AND_PARTNERS),
            Map.entry("POST /placements", WRITERS),
            Map.entry("POST /placements/{id}/end", WRITERS),
            Map.entry("GET /partners", ALL),
            Map.entry("GET /partners/{id}", ALL),
            Map.entry("GET /partners/{id}/visits", ALL),
            Map.entry("POST /partners", WRITERS),
            Map.entry("GET /visits/{id}", ALL),
            Map.entry("POST /visits", WRITERS),
            Map.entry("GET /reports", ALL),
            Map.entry("GET /reports/{reportId}", ALL),
            Map.entry("GET /reports/verify/{code}", ALL),
            Map.entry("POST /reports/verify/{code}", ALL),
            Map.entry("GET /audit", "ADMIN"),
            Map.entry("GET /audit/verify", "ADMIN"),
            Map.entry("GET /audit/export", "ADMIN"),
            Map.entry("POST /audit/checkpoint", "ADMIN"),
            Map.entry("GET /offices", ALL),
            Map.entry("GET /offices/mine", ALL_AND_PARTNERS),
            Map.entry("GET /offices/{id}", ALL),
            Map.entry("GET /offices/{id}/logo", ALL),
            Map.entry("GET /offices/{id}/members", "ADMIN"),
            Map.entry("POST /offices", "ADMIN"),
            Map.entry("PUT /offices/{id}", "ADMIN"),
            Map.entry("PUT /offices/{id}/logo", "ADMIN"),
            Map.entry("PUT /offices/{id}/members/{userName}", "ADMIN"),
            Map.entry("POST /persons/{id}/transfers", WRITERS),
            Map.entry("GET /persons/{id}/offices", ALL),
            Map.entry("GET /persons/{id}/duplicates", ALL),
            Map.entry("POST /persons/{id}/merge", WRITERS),
            Map.entry("POST /families/{id}/births", WRITERS),
            Map.entry("POST /card-batches", WRITERS),
            Map.entry("POST /shelters/{id}/close", WRITERS),
            Map.entry("POST /shelters/{id}/units", WRITERS),
            Map.entry("GET /shelters/{id}/units", ALL_AND_PARTNERS),
            Map.entry("PATCH /shelters/{id}/units/{unitId}", WRITERS),
            Map.entry("GET /shelters/{id}/occupancy", ALL_AND_PARTNERS),
            Map.entry("POST /placements/{id}/transfer", WRITERS),
            Map.entry("POST /permits", WRITERS),
            Map.entry("POST /incidents", WRITERS),
            Map.entry("GET /incidents", ALL),
            Map.entry("GET /incidents/{id}", ALL),
            Map.entry("POST /incidents/{id}/follow-ups", WRITERS),
            Map.entry("GET /shelters/{id}/placements", ALL),
            Map.entry("POST /visits/{id}/action-items", WRITERS),
            Map.entry("GET /visits/{id}/action-items", ALL),
            Map.entry("GET /action-items", ALL),
            Map.entry("POST /action-items/{id}/done", WRITERS),
            Map.entry("POST /agreements", WRITERS),
            Map.entry("GET /agreements", ALL),
            Map.entry("GET /agreements/{id}", ALL),
            Map.entry("PUT /agreements/{id}/scan", WRITERS),
            Map.entry("GET /agreements/{id}/scan", ALL),
            Map.entry("POST /referrals", WRITERS),
            Map.entry("GET /referrals", ALL_AND_PARTNERS),
            Map.entry("GET /referrals/{id}", ALL_AND_PARTNERS),
            Map.entry("POST /referrals/{id}/accept", WRITERS_AND_PARTNERS),
            Map.entry("POST /referrals/{id}/reject", WRITERS_AND_PARTNERS),
            Map.entry("POST /referrals/{id}/complete", WRITERS_AND_PARTNERS),
            Map.entry("POST /referrals/{id}/cancel", WRITERS),
            Map.entry("POST /visits/{id}/attachments", WRITERS),
            Map.entry("GET /visits/{id}/attachments", ALL),
            Map.entry("GET /visits/{id}/attachments/{attachmentId}", ALL),
            Map.entry("POST /imports/preview", WRITERS),
            Map.entry("POST /imports", WRITERS),
            Map.entry("POST /imports/jobs", WRITERS),
            Map.entry("GET /imports/jobs", WRITERS),
            Map.entry("GET /imports/jobs/{id}", WRITERS),
            Map.entry("GET /imports/jobs/{id}/rows", WRITERS),
            Map.entry("POST /imports/jobs/{id}/apply", WRITERS),
            Map.entry("GET /imports/mappings", WRITERS),
            Map.entry("POST /imports/mappings", WRITERS),
            Map.entry("GET /exports/persons", ALL_AND_PARTNERS),
            Map.entry("GET /exports/occupants", ALL_AND_PARTNERS),
            Map.entry("GET /exports/statistics", ALL),
            Map.entry("POST /assistance", WRITERS),
            Map.entry("GET /assistance", ALL_AND_PARTNERS),
            Map.entry("GET /assistance/totals", ALL),
            Map.entry("GET /assistance/{id}", ALL_AND_PARTNERS),
            Map.entry("POST /assistance/{id}/void", WRITERS),
            Map.entry("POST /inspections", WRITERS),
            Map.entry("GET /inspections", ALL),
            Map.entry("GET /inspections/{id}", ALL),
            Map.entry("POST /inspections/{id}/close", WRITERS),
            Map.entry("GET /presence-checks", ALL),
            Map.entry("POST /presence-checks", WRITERS),
            Map.entry("GET /presence-checks/alerts", ALL),
            Map.entry("GET /permits", ALL),
            Map.entry("GET /permits/{id}", ALL),
            Map.entry("POST /permits/{id}/approve", "SUPERVISOR"),
            Map.entry("POST /permits/{id}/refuse", "SUPERVISOR"),
            Map.entry("POST /permits/{id}/return", WRITERS),
            Map.entry("GET /card-batches/{id}", ALL),
            Map.entry("GET /persons/{id}/merged", ALL),
            Map.entry("POST /persons/duplicate-check", WRITERS),
            Map.entry("POST /persons/{id}/self-reports", WRITERS),
            Map.entry("GET /persons/{id}/self-reports", ALL),
            Map.entry("POST /persons/{id}/status", WRITERS),
            Map.entry("POST /persons/{id}/cards", WRITERS),
            Map.entry("GET /persons/{id}/vulnerabilities", ALL),
            Map.entry("GET /persons/{id}/profile", ALL),
            Map.entry("PUT /persons/{id}/family", WRITERS),
            Map.entry("GET /persons/{id}/family", ALL),
            Map.entry("GET /families", ALL),
            Map.entry("GET /families/{id}", ALL),
            Map.entry("POST /persons/{id}/unhcr-status", WRITERS),
            Map.entry("GET /persons/{id}/unhcr-status-history", ALL),
            Map.entry("PUT /persons/{id}/profile", WRITERS),
            Map.entry("GET /persons/{id}/photo", ALL),
            Map.entry("PUT /persons/{id}/photo", WRITERS),
            Map.entry("POST /persons/{id}/documents", WRITERS),
            Map.entry("GET /persons/{id}/documents", ALL),
            Map.entry("PUT /persons/{id}/documents/{documentId}/scan", WRITERS),
            Map.entry("GET /persons/{id}/documents/{documentId}/scan", ALL),
            Map.entry("GET /persons/documents/expiring", ALL),
            Map.entry("PUT /persons/{id}/vulnerabilities", WRITERS),
            Map.entry("GET /persons/{id}/cards", ALL),
            Map.entry("GET /cards/check", ALL_AND_PARTNERS),
            Map.entry("GET /persons/{id}/status-history", ALL),
            Map.entry("GET /persons/self-reports/overdue", ALL),
            Map.entry("GET /reports/issued", ALL),
            Map.entry("GET /reports/issued/{code}/pdf", ALL),
            Map.entry("POST /reports/issued/{code}/revoke", "ADMIN,SUPERVISOR"),
            Map.entry("GET /reports/datasets", ALL),
            Map.entry("GET /reports/plugins", "ADMIN"),
            Map.entry("POST /reports/plugins", "ADMIN"),
            Map.entry("DELETE /reports/plugins/{file}", "ADMIN")));

    static Map<String, String> actualRules() {
        Map<String, String> rules = new TreeMap<>();
        for (JavaClass resource : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.suaka.web.rest")) {
            Class<?> type = resource.reflect();
            Path classPath = type.getAnnotation(Path.class);
            if (classPath == null) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                String verb = verb(method);
                if (verb == null) {
                    continue;
                }
                Path methodPath = method.getAnnotation(Path.class);
                String path = "/" + classPath.value() + (methodPath == null ? "" : "/" + methodPath.value());
                RolesAllowed roles = method.isAnnotationPresent(RolesAllowed.class)
                        ? method.getAnnotation(RolesAllowed.class) : type.getAnnotation(RolesAllowed.class);
                rules.put(verb + " " + path, roles == null ? "NO RULE"
                        : Arrays.stream(roles.value()).sorted().collect(Collectors.joining(",")));
            }
        }
        return rules;
    }

    private static String verb(Method method) {
        if (method.isAnnotationPresent(GET.class)) {
            return "GET";
        }
        if (method.isAnnotationPresent(POST.class)) {
            return "POST";
        }
        if (method.isAnnotationPresent(PUT.class)) {
            return "PUT";
        }
        if (method.isAnnotationPresent(DELETE.class)) {
            return "DELETE";
        }
        return method.isAnnotationPresent(PATCH.class) ? "PATCH" : null;
    }

    @Test
    void everyEndpointHasExactlyTheRuleWrittenHere() {
        Map<String, String> actual = actualRules();

        assertFalse(actual.isEmpty(), "the resources were found");
        assertEquals(EXPECTED, actual);
    }

    @Test
    void noViewerMayWriteRecords() {
        Set<String> viewerWrites = actualRules().entrySet().stream()
                .filter(e -> !e.getKey().startsWith("GET ") && !e.getKey().startsWith("POST /reports/verify"))
                .filter(e -> e.getValue().contains("VIEWER"))
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));

        assertEquals(Set.of(), viewerWrites);
    }
}
