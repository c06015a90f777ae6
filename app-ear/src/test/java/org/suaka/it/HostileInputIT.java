package org.suaka.it;

import static org.junit.jupiter.api.Assertions.assertAll;
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
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A corpus of more than 200 hostile requests against the REST API: SQL injection and markup in every
 * field that takes a name or a code, wrong types, impossible and extreme dates, malformed JSON, bytes
 * that are not UTF-8, oversized fields and bodies, and path traversal in ids. Every one must get a 4xx
 * with a problem+json body, none a 5xx, and afterwards the database must hold exactly what it held.
 */
@ExtendWith(ArquillianExtension.class)
class HostileInputIT extends SuakaDeployment {

    private static final List<String> INJECTIONS = List.of(
            "' OR '1'='1", "'; DROP TABLE REG_PERSON; --", "\" OR 1=1 --", "1; SELECT * FROM SYS.SYSTABLES",
            "admin'--", "') UNION SELECT ID, GIVEN_NAME FROM REG_PERSON --",
            "<script>alert('x')</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)",
            "${jndi:ldap://127.0.0.1/x}", "#{7*7}", "%{(#_='multipart/form-data')}");
    private static final List<String> BAD_DATES = List.of(
            "2024-02-30", "0000-00-00", "99999-12-31", "-1", "yesterday", "1990", "2024-13-01", "31/12/1990");
    private static final List<String> BAD_IDS = List.of(
            "../../etc/passwd", "' OR 1=1 --", "00000000-0000-0000-0000-000000000000", "%2e%2e%2f", "",
            "<script>", UUID.randomUUID().toString());
    private static final String LONG = "ا".repeat(10_000);

    private final HttpClient http = HttpClient.newHttpClient();
    private final String officer = "Basic " + Base64.getEncoder().encodeToString("officer:officer-demo".getBytes());
    private final String ditjen = "Basic " + Base64.getEncoder().encodeToString("ditjen:ditjen-demo".getBytes());
    private String caller = officer;
    private final List<DynamicTest> checks = new ArrayList<>();
    private int cases;

    private static String person(Map<String, Object> override) {
        Map<String, Object> person = new java.util.LinkedHashMap<>(Map.of("givenName", "Hamid", "familyName", "Karimi",
                "sex", "MALE", "dateOfBirth", "1990-05-05", "nationality", "AFG"));
        person.putAll(override);
        return json(person);
    }

    private static String json(Map<String, Object> fields) {
        JsonObjectBuilder builder = Json.createObjectBuilder();
        fields.forEach((name, value) -> {
            if (value == null) {
                builder.addNull(name);
            } else if (value instanceof Number n) {
                builder.add(name, new java.math.BigDecimal(n.toString()));
            } else if (value instanceof Boolean b) {
                builder.add(name, b);
            } else if (value instanceof RawJson raw) {
                builder.add(name, Json.createReader(new java.io.StringReader("[" + raw.text + "]")).readArray().get(0));
            } else {
                builder.add(name, value.toString());
            }
        });
        return builder.build().toString();
    }

    /** A JSON value written as is, for wrong types. */
    private record RawJson(String text) {
    }

    /** @return a workbook whose one entry inflates from a few kilobytes to 200 megabytes of zeros */
    private static byte[] zipBomb() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** @return a CSV of more rows than an import takes */
    private static byte[] manyRows(int rows) {
        StringBuilder csv = new StringBuilder("Nama depan;Tanggal lahir\n");
        for (int i = 0; i < rows; i++) {
            csv.append("Ali;1990-01-01\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** @return the id of a shelter of the demo data */
    private static String checkedShelterId() {
        return SuakaClient.parse(SuakaClient.viewer().get("/api/v1/shelters").body()).asJsonArray().getJsonObject(0).getString("id");
    }

    /** The attachments of the visit the hostile files were sent to. */
    private String refusedAttachments;

    private void expectRefused(String method, String path, byte[] body) {
        expectRefused(method, path, body, "application/json");
    }

    private void expectRefused(String method, String path, byte[] body, String contentType) {
        cases++;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(SuakaClient.BASE + path))
                .header("Authorization", caller).header("Content-Type", contentType);
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            checks.add(DynamicTest.dynamicTest(method + " " + path, () -> {
                throw new AssertionError(method + " " + path + " failed to send: " + e);
            }));
            return;
        }
        String what = method + " " + path + " " + (body == null ? "" : new String(body, StandardCharsets.UTF_8)
                .substring(0, Math.min(120, body.length)));
        int status = response.statusCode();
        String type = response.headers().firstValue("Content-Type").orElse("");
        checks.add(DynamicTest.dynamicTest(cases + ": " + what, () -> assertAll(
                () -> assertTrue(status >= 400 && status < 500, what + " -> " + status + " " + response.body()),
                () -> assertTrue(type.startsWith("application/problem+json"), what + " -> " + type + " " + response.body()),
                () -> assertTrue(!response.body().contains("Exception") && !response.body().contains("\tat "),
                        what + " leaks internals: " + response.body()))));
    }

    /** A good new office, Rudenim Medan, with the fields given replaced. */
    private static String office(Map<String, Object> override) {
        Map<String, Object> office = new java.util.LinkedHashMap<>(Map.of(
                "parent", "00000000-0000-0000-0000-000000000000", "code", "MDN", "name", "Rumah Detensi Imigrasi Medan",
                "city", "Medan", "timeZone", "Asia/Jakarta", "letterhead", List.of("DIREKTORAT JENDERAL IMIGRASI"),
                "signatory", Map.of("title", "Kepala Rumah Detensi Imigrasi Medan", "name", "Ma'mum"),
                "documentNumberPattern", "W2.RDN.MDN-{seq4}/{year}", "established", "2001-01-01"));
        office.putAll(override);
        return Json.createObjectBuilder(office).build().toString();
    }

    private void post(String path, String body) {
        expectRefused("POST", path, body.getBytes(StandardCharsets.UTF_8));
    }

    private long count(String path) {
        String body = SuakaClient.viewer().get(path).body();
        var parsed = SuakaClient.parse(body);
        return parsed instanceof jakarta.json.JsonArray a ? a.size()
                : ((jakarta.json.JsonObject) parsed).getJsonNumber("total").longValue();
    }

    /**
     * Sends every hostile request first, then reports each as a test of its own, and last whether anything was
     * stored.
     *
     * @return one test per hostile request, and the check that nothing was stored
     */
    @TestFactory
    Stream<DynamicTest> everyHostileRequestIsRefusedWithAProblemAndNothingIsStored() {
        long persons = count("/api/v1/persons?limit=1");
        long shelters = count("/api/v1/shelters");
        long partners = count("/api/v1/partners");
        String shelterId = SuakaClient.parse(SuakaClient.viewer().get("/api/v1/shelters").body()).asJsonArray()
                .getJsonObject(0).getString("id");
        String personId = SuakaClient.parse(SuakaClient.viewer().get("/api/v1/persons?limit=1").body()).asJsonObject()
                .getJsonArray("items").getJsonObject(0).getString("id");
        String partnerId = SuakaClient.parse(SuakaClient.viewer().get("/api/v1/partners").body()).asJsonArray()
                .getJsonObject(0).getString("id");

        // Persons: every name and code field with every injection; types; dates; sizes.
        for (String field : List.of("givenName", "familyName", "nationality", "unhcrNumber", "unhcrCaseNumber")) {
            for (String hostile : INJECTIONS) {
                post("/api/v1/persons", person(Map.of(field, hostile)));
            }
            post("/api/v1/persons", person(Map.of(field, LONG)));
        }
        for (Object sex : List.of("ALIEN", new RawJson("1"), new RawJson("true"), new RawJson("[]"), new RawJson("{}"))) {
            post("/api/v1/persons", person(Map.of("sex", sex)));
        }
        for (String date : BAD_DATES) {
            post("/api/v1/persons", person(Map.of("dateOfBirth", date)));
            post("/api/v1/persons", person(Map.of("supervisedFrom", date)));
        }
        post("/api/v1/persons", person(Map.of("dateOfBirth", "2999-01-01")));
        for (Map<String, Object> bad : List.of(Map.<String, Object>of("dateOfBirth", "2999-01-01"),
                Map.<String, Object>of("nationality", "QQQ"), Map.<String, Object>of("givenName", LONG),
                Map.<String, Object>of("givenName", ""), Map.<String, Object>of("dateOfBirth", "31/12/1990"))) {
            post("/api/v1/persons/duplicate-check", person(bad));
        }
        post("/api/v1/persons/duplicate-check", "[]");
        for (String query : List.of("month=2024-13", "month=September", "months=0", "months=13", "months=x",
                "month=2999-01", "limit=100000")) {
            expectRefused("GET", "/api/v1/persons/self-reports/overdue?" + query, null);
        }
        String someone = "/api/v1/persons/" + UUID.randomUUID() + "/self-reports";
        post(someone, "{\"reportedOn\": \"2024-09-05\"}");
        String kupangPerson = SuakaClient.json(SuakaClient.officer().get("/api/v1/persons?limit=1"))
                .getJsonArray("items").getJsonObject(0).getString("id");
        for (String body : List.of("{\"reportedOn\": \"2999-01-01\"}", "{\"reportedOn\": \"05/09/2024\"}", "{}",
                "{\"reportedOn\": \"2024-09-05\", \"remarks\": \"" + LONG + "\"}")) {
            post("/api/v1/persons/" + kupangPerson + "/self-reports", body);
        }
        String status = "/api/v1/persons/" + kupangPerson + "/status";
        for (String body : List.of("{}", "[]", "{\"status\": \"FLYING\", \"effectiveOn\": \"2024-09-05\", \"version\": 0}",
                "{\"status\": \"FOUND\", \"effectiveOn\": \"2024-09-05\", \"version\": 0}",
                "{\"status\": \"IN_DETENTION_HOUSE\", \"effectiveOn\": \"2999-01-01\", \"version\": 0}",
                "{\"status\": \"IN_DETENTION_HOUSE\", \"effectiveOn\": \"05/09/2024\", \"version\": 0}",
                "{\"status\": \"DEPARTED\", \"effectiveOn\": \"2024-09-05\", \"reason\": \"HOSPITAL\", \"version\": 0}",
                "{\"status\": \"DEPARTED\", \"effectiveOn\": \"2024-09-05\", \"reason\": \"RESETTLED\", \"destination\": \""
                        + LONG + "\", \"version\": 0}",
                "{\"status\": \"IN_DETENTION_HOUSE\", \"effectiveOn\": \"2024-09-05\", \"note\": \"" + LONG
                        + "\", \"version\": 0}",
                "{\"status\": \"IN_DETENTION_HOUSE\", \"effectiveOn\": \"2024-09-05\", \"version\": -1}")) {
            post(status, body);
        }
        post("/api/v1/persons/" + UUID.randomUUID() + "/status",
                "{\"status\": \"IN_DETENTION_HOUSE\", \"effectiveOn\": \"2024-09-05\", \"version\": 0}");
        String cards = "/api/v1/persons/" + kupangPerson + "/cards";
        for (String body : List.of("[]", "{\"issuedOn\": \"2024-09-05\", \"validUntil\": \"2024-09-04\"}",
                "{\"issuedOn\": \"2999-01-01\"}", "{\"issuedOn\": \"1899-12-31\"}", "{\"issuedOn\": \"11/09/2024\"}",
                "{\"validUntil\": \"2099-01-01\"}", "{\"issuedOn\": 20240905}")) {
            post(cards, body);
        }
        post("/api/v1/persons/" + UUID.randomUUID() + "/cards", "{}");
        for (String number : List.of("", "%20", "x".repeat(41), "%27%20OR%20%271%27=%271", "KIK-KPG-2024-99999")) {
            expectRefused("GET", "/api/v1/cards/check?number=" + number, null);
        }
        expectRefused("GET", "/api/v1/cards/check", null);
        for (String body : List.of("{}", "[]", "{\"flags\": null}", "{\"flags\": [\"TALL\"]}", "{\"flags\": [null]}",
                "{\"flags\": \"ELDERLY\"}")) {
            expectRefused("PUT", "/api/v1/persons/" + kupangPerson + "/vulnerabilities", body.getBytes(StandardCharsets.UTF_8));
        }
        String documents = "/api/v1/persons/" + kupangPerson + "/documents";
        for (String body : List.of("{}", "[]", "{\"type\": \"PASSPORT\"}", "{\"type\": \"VISA\", \"number\": \"X1\"}",
                "{\"type\": \"PASSPORT\", \"number\": \"<script>\"}", "{\"type\": \"PASSPORT\", \"number\": \"" + LONG + "\"}",
                "{\"type\": \"PASSPORT\", \"number\": \"P1\", \"issuedOn\": \"2999-01-01\"}",
                "{\"type\": \"PASSPORT\", \"number\": \"P1\", \"issuedOn\": \"2020-01-01\", \"expiresOn\": \"2019-01-01\"}",
                "{\"type\": \"PASSPORT\", \"number\": \"P1\", \"issuer\": \"" + LONG + "\"}")) {
            post(documents, body);
        }
        String profile = "/api/v1/persons/" + kupangPerson + "/profile";
        for (String body : List.of("{}", "[]", "{\"aliases\": [\"R2-D2\"], \"languages\": []}",
                "{\"aliases\": [\"" + LONG + "\"], \"languages\": []}", "{\"aliases\": [], \"languages\": [], \"phone\": \"call me\"}",
                "{\"aliases\": [], \"languages\": [], \"maritalStatus\": \"COMPLICATED\"}",
                "{\"aliases\": [], \"languages\": [], \"arrivedOn\": \"2999-01-01\"}",
                "{\"aliases\": [], \"languages\": [\"" + LONG + "\"]}")) {
            expectRefused("PUT", profile, body.getBytes(StandardCharsets.UTF_8));
        }
        for (String body : List.of("{}", "{\"status\": \"HAPPY\", \"effectiveOn\": \"2024-01-01\"}",
                "{\"status\": \"REFUGEE\", \"effectiveOn\": \"2999-01-01\"}",
                "{\"status\": \"REFUGEE\", \"effectiveOn\": \"2024-01-01\", \"note\": \"" + LONG + "\"}")) {
            post("/api/v1/persons/" + kupangPerson + "/unhcr-status", body);
        }
        for (String query : List.of("", "person=not-an-id", "person=" + UUID.randomUUID(), "person=%27%20OR%201=1")) {
            expectRefused("GET", "/api/v1/reports/person-record?" + query, null);
            expectRefused("GET", "/api/v1/reports/id-card?" + query, null);
        }
        for (String body : List.of("{}", "[]", "{\"relationship\": \"COUSIN\"}", "{\"familyId\": \"not-an-id\", \"relationship\": \"CHILD\"}",
                "{\"familyId\": \"" + UUID.randomUUID() + "\", \"relationship\": \"CHILD\"}", "{\"relationship\": \"CHILD\"}")) {
            expectRefused("PUT", "/api/v1/persons/" + kupangPerson + "/family", body.getBytes(StandardCharsets.UTF_8));
        }
        for (String body : List.of("{}", "[]", "{\"duplicate\": \"not-an-id\"}", "{\"duplicate\": \"" + UUID.randomUUID() + "\"}",
                "{\"duplicate\": \"" + kupangPerson + "\"}", "{\"duplicate\": null, \"note\": \"x\"}")) {
            post("/api/v1/persons/" + kupangPerson + "/merge", body);
        }
        expectRefused("GET", "/api/v1/persons/" + UUID.randomUUID() + "/merged", null);
        String births = "/api/v1/families/" + UUID.randomUUID() + "/births";
        post(births, "{\"givenName\": \"Zahra\", \"sex\": \"FEMALE\", \"dateOfBirth\": \"2024-07-14\"}");
        post("/api/v1/families/not-an-id/births", "{}");
        for (String body : List.of("{}", "[]", "{\"shelterId\": \"not-an-id\"}", "{\"shelterId\": \"" + UUID.randomUUID() + "\"}")) {
            post("/api/v1/card-batches", body);
        }
        expectRefused("GET", "/api/v1/card-batches/not-an-id", null);
        String aShelter = "/api/v1/shelters/" + SuakaClient.parse(SuakaClient.officer().get("/api/v1/shelters").body())
                .asJsonArray().getJsonObject(0).getString("id");
        for (String body : List.of("{}", "[]", "{\"name\": \"<script>\", \"capacity\": 2}", "{\"name\": \"Kamar 1\", \"capacity\": 0}",
                "{\"name\": \"Kamar 1\", \"capacity\": 100000}", "{\"name\": \"" + LONG + "\", \"capacity\": 2}")) {
            post(aShelter + "/units", body);
        }
        expectRefused("PATCH", aShelter + "/units/" + UUID.randomUUID(), "{\"capacity\": 3, \"version\": 0}".getBytes(StandardCharsets.UTF_8));
        expectRefused("PATCH", aShelter + "/units/not-an-id", "{\"capacity\": 3, \"version\": 0}".getBytes(StandardCharsets.UTF_8));
        for (String body : List.of("{}", "{\"on\": \"2999-01-01\", \"version\": 0}", "{\"on\": \"2024-01-01\", \"version\": 0}")) {
            post(aShelter + "/close", body);
        }
        for (String query : List.of("", "date=yesterday", "date=2024-13-01")) {
            expectRefused("GET", aShelter + "/occupancy?" + query, null);
        }
        for (String body : List.of("{}", "{\"shelterId\": \"" + UUID.randomUUID() + "\", \"on\": \"2024-09-02\", \"version\": 0}")) {
            post("/api/v1/placements/" + UUID.randomUUID() + "/transfer", body);
        }
        for (String body : List.of("{}", "[]", "{\"personId\": \"" + kupangPerson + "\", \"purpose\": \"x\", \"destination\": \"y\","
                + " \"leaveAt\": \"yesterday\", \"expectedReturnAt\": \"2025-01-01T08:00:00\"}",
                "{\"personId\": \"" + kupangPerson + "\", \"purpose\": \"" + LONG + "\", \"destination\": \"y\","
                + " \"leaveAt\": \"2025-01-01T08:00:00\", \"expectedReturnAt\": \"2025-01-01T09:00:00\"}")) {
            post("/api/v1/permits", body);
        }
        for (String query : List.of("state=ASLEEP", "person=not-an-id", "limit=100000")) {
            expectRefused("GET", "/api/v1/permits?" + query, null);
        }
        expectRefused("GET", "/api/v1/permits/not-an-id", null);
        for (String query : List.of("exit-permits", "exit-permits?from=2024-09-01", "exit-permits?from=x&to=2024-09-30",
                "exit-permits?from=2024-09-30&to=2024-09-01", "exit-permits?from=2020-01-01&to=2024-09-01",
                "presence-summary", "presence-summary?month=2024-13", "referral-summary", "visit-minutes",
                "visit-minutes?visit=not-an-id", "visit-minutes?visit=" + UUID.randomUUID(),
                "referral-summary?from=2024-09-30&to=2024-09-01", "referral-summary?from=2020-01-01&to=2024-09-01",
                "shelter-occupancy?date=someday", "assistance-summary", "assistance-summary?fromMonth=2024-13&toMonth=2024-09",
                "assistance-summary?fromMonth=2024-09&toMonth=2024-08", "assistance-summary?fromMonth=2023-01&toMonth=2024-09")) {
            expectRefused("GET", "/api/v1/reports/" + query, null);
        }
        for (String body : List.of("{}", "[]", "{\"shelterId\": \"" + UUID.randomUUID() + "\", \"type\": \"OTHER\", \"occurredAt\": \"2024-09-01T08:00:00\","
                + " \"severity\": \"LOW\", \"description\": \"x\", \"personIds\": []}",
                "{\"shelterId\": \"" + UUID.randomUUID() + "\", \"type\": \"PARTY\", \"occurredAt\": \"2024-09-01T08:00:00\","
                + " \"severity\": \"LOW\", \"description\": \"" + LONG + "\", \"personIds\": []}")) {
            post("/api/v1/incidents", body);
        }
        for (String query : List.of("type=PARTY", "shelter=not-an-id", "from=yesterday", "limit=100000")) {
            expectRefused("GET", "/api/v1/incidents?" + query, null);
        }
        expectRefused("GET", "/api/v1/incidents/not-an-id", null);
        post("/api/v1/incidents/" + UUID.randomUUID() + "/follow-ups", "{\"note\": \"x\", \"close\": true, \"version\": 0}");
        for (String body : List.of("{}", "[]", "{\"shelterId\": \"" + UUID.randomUUID() + "\", \"inspectedOn\": \"2024-09-05\","
                + " \"inspector\": \"x\", \"findings\": [{\"facility\": \"FOOD\", \"condition\": \"GOOD\"}]}",
                "{\"shelterId\": \"" + UUID.randomUUID() + "\", \"inspectedOn\": \"2024-09-05\", \"inspector\": \"x\","
                + " \"findings\": [{\"facility\": \"SAUNA\", \"condition\": \"GOOD\"}]}",
                "{\"shelterId\": \"" + UUID.randomUUID() + "\", \"inspectedOn\": \"05-09-2024\", \"inspector\": \"" + LONG
                + "\", \"findings\": []}")) {
            post("/api/v1/inspections", body);
        }
        for (String query : List.of("shelter=not-an-id", "limit=100000")) {
            expectRefused("GET", "/api/v1/inspections?" + query, null);
        }
        expectRefused("GET", "/api/v1/inspections/not-an-id", null);
        for (String body : List.of("{}", "[]", "{\"personId\": \"" + UUID.randomUUID() + "\", \"organisationId\": \"" + UUID.randomUUID()
                + "\", \"service\": \"MEDICAL\", \"requestedOn\": \"2024-09-12\", \"reason\": \"x\"}",
                "{\"personId\": \"x\", \"organisationId\": \"y\", \"service\": \"MASSAGE\", \"requestedOn\": \"12-09-2024\","
                + " \"reason\": \"" + LONG + "\"}")) {
            post("/api/v1/referrals", body);
        }
        for (String query : List.of("status=LOST", "organisation=not-an-id", "person=x", "from=yesterday", "limit=100000")) {
            expectRefused("GET", "/api/v1/referrals?" + query, null);
        }
        expectRefused("GET", "/api/v1/referrals/not-an-id", null);
        for (String body : List.of("{}", "[]", "{\"personId\": \"" + UUID.randomUUID() + "\", \"organisationId\": \"" + UUID.randomUUID()
                + "\", \"kind\": \"CASH\", \"month\": \"2024-09\", \"amount\": 1250000}",
                "{\"personId\": \"x\", \"organisationId\": \"y\", \"kind\": \"GOLD\", \"month\": \"September\","
                + " \"amount\": -5, \"note\": \"" + LONG + "\"}",
                "{\"personId\": \"" + UUID.randomUUID() + "\", \"organisationId\": \"" + UUID.randomUUID()
                + "\", \"kind\": \"CASH\", \"month\": \"2024-13\", \"amount\": 99999999999999}")) {
            post("/api/v1/assistance", body);
        }
        for (String query : List.of("organisation=not-an-id", "person=x", "fromMonth=2024-13", "toMonth=yesterday", "limit=100000")) {
            expectRefused("GET", "/api/v1/assistance?" + query, null);
        }
        for (String query : List.of("", "fromMonth=2024-09", "fromMonth=2024-09&toMonth=2024-08", "fromMonth=x&toMonth=y")) {
            expectRefused("GET", "/api/v1/assistance/totals?" + query, null);
        }
        expectRefused("GET", "/api/v1/assistance/not-an-id", null);
        String seedVisit = "/api/v1/visits/" + SuakaClient.parse(SuakaClient.viewer().get("/api/v1/partners").body()).asJsonArray()
                .getValuesAs(jakarta.json.JsonObject.class).stream().filter(p -> p.getString("name").equals("IOM Kupang"))
                .flatMap(p -> SuakaClient.parse(SuakaClient.viewer().get("/api/v1/partners/" + p.getString("id") + "/visits")
                        .body()).asJsonArray().getValuesAs(jakarta.json.JsonObject.class).stream())
                .filter(v -> v.getString("date").equals("2024-09-11")).findFirst().orElseThrow().getString("id");
        byte[] zip = "PK\u0003\u0004 a zip posing as a PDF".getBytes(StandardCharsets.ISO_8859_1);
        expectRefused("POST", seedVisit + "/attachments?fileName=daftar-hadir.pdf", zip, "application/pdf");
        expectRefused("POST", seedVisit + "/attachments?fileName=foto.jpg", "%PDF-".getBytes(StandardCharsets.ISO_8859_1), "image/jpeg");
        expectRefused("POST", seedVisit + "/attachments", org.suaka.platform.testing.PdfText.blankPage(), "application/pdf");
        expectRefused("POST", seedVisit + "/attachments?fileName=kosong.pdf", new byte[0], "application/pdf");
        expectRefused("POST", seedVisit + "/attachments?fileName=" + "x".repeat(300) + ".pdf",
                org.suaka.platform.testing.PdfText.blankPage(), "application/pdf");
        expectRefused("POST", seedVisit + "/attachments?fileName=surat.txt", "surat".getBytes(StandardCharsets.UTF_8), "text/plain");
        expectRefused("POST", "/api/v1/visits/" + UUID.randomUUID() + "/attachments?fileName=x.pdf",
                org.suaka.platform.testing.PdfText.blankPage(), "application/pdf");
        expectRefused("GET", seedVisit + "/attachments/not-an-id", null);
        expectRefused("GET", seedVisit + "/attachments/" + UUID.randomUUID(), null);
        refusedAttachments = seedVisit + "/attachments";
        for (String path : List.of("/api/v1/imports/preview", "/api/v1/imports", "/api/v1/imports/jobs?fileName=x.csv")) {
            expectRefused("POST", path, new byte[0], "text/csv");
            expectRefused("POST", path, org.suaka.platform.testing.PdfText.blankPage(), "text/csv");
            expectRefused("POST", path, zipBomb(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            expectRefused("POST", path, zip, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            expectRefused("POST", path, "Kolom tanpa nama\nx\n".getBytes(StandardCharsets.UTF_8), "text/csv");
            expectRefused("POST", path, manyRows(100_001), "text/csv");
        }
        expectRefused("POST", "/api/v1/imports?create=satu", "Nama depan\nAli\n".getBytes(StandardCharsets.UTF_8), "text/csv");
        expectRefused("POST", "/api/v1/imports/jobs?mapping=Tidak%20ada", "Nama depan\nAli\n".getBytes(StandardCharsets.UTF_8), "text/csv");
        expectRefused("POST", "/api/v1/imports/jobs?fileName=" + "x".repeat(300), "Nama depan\nAli\n".getBytes(StandardCharsets.UTF_8),
                "text/csv");
        for (String query : List.of("not-an-id", UUID.randomUUID().toString(), UUID.randomUUID() + "/rows",
                UUID.randomUUID() + "/rows?outcome=MAYBE", "not-an-id/rows?limit=100000")) {
            expectRefused("GET", "/api/v1/imports/jobs/" + query, null);
        }
        for (String query : List.of("not-an-id/apply", UUID.randomUUID() + "/apply", UUID.randomUUID() + "/apply?create=satu")) {
            expectRefused("POST", "/api/v1/imports/jobs/" + query, new byte[0], "text/csv");
        }
        for (String body : List.of("{}", "[]", "{\"name\": \" \", \"headers\": {}}", "{\"name\": \"" + LONG
                + "\", \"headers\": {\"GIVEN_NAME\": \"Nama\"}}", "{\"name\": \"Tanpa nama\", \"headers\": {\"SEX\": \"L/P\"}}",
                "{\"name\": \"Salah\", \"headers\": {\"SHOE_SIZE\": \"Ukuran\"}}")) {
            post("/api/v1/imports/mappings", body);
        }
        for (String query : List.of("persons?format=xls", "persons?status=ASLEEP", "persons?number=" + "9".repeat(41),
                "persons?shelter=not-an-id", "occupants", "occupants?shelter=not-an-id", "occupants?shelter=" + UUID.randomUUID(),
                "occupants?shelter=" + checkedShelterId() + "&date=30-09-2024", "statistics", "statistics?date=yesterday",
                "statistics?date=2024-09-30&format=pdf")) {
            expectRefused("GET", "/api/v1/exports/" + query, null);
        }
        for (String body : List.of("{}", "{\"reason\": \" \", \"version\": 0}", "{\"reason\": \"x\", \"version\": -1}")) {
            post("/api/v1/assistance/" + UUID.randomUUID() + "/void", body);
        }
        for (String body : List.of("{}", "[]", "{\"organisationId\": \"" + UUID.randomUUID() + "\", \"number\": \"1\", \"subject\": \"x\","
                + " \"signedOn\": \"2024-01-01\", \"validFrom\": \"2024-01-01\", \"scope\": [\"IDENTITY\"]}",
                "{\"organisationId\": \"x\", \"number\": \"" + LONG + "\", \"subject\": \"x\", \"signedOn\": \"01-01-2024\","
                + " \"validFrom\": \"2024-01-01\", \"scope\": [\"EVERYTHING\"]}")) {
            post("/api/v1/agreements", body);
        }
        for (String query : List.of("organisation=not-an-id", "expiringWithin=0", "expiringWithin=soon", "expiringWithin=999",
                "limit=100000")) {
            expectRefused("GET", "/api/v1/agreements?" + query, null);
        }
        expectRefused("GET", "/api/v1/agreements/not-an-id", null);
        for (String body : List.of("{}", "[]", "{\"description\": \"x\", \"owner\": \"y\", \"dueOn\": \"soon\"}",
                "{\"description\": \"" + LONG + "\", \"owner\": \"y\", \"dueOn\": \"2024-09-30\"}")) {
            post("/api/v1/visits/" + UUID.randomUUID() + "/action-items", body);
        }
        for (String body : List.of("{}", "[]", "{\"version\": -1}", "{\"version\": \"one\"}")) {
            post("/api/v1/action-items/" + UUID.randomUUID() + "/done", body);
        }
        expectRefused("GET", "/api/v1/action-items?limit=100000", null);
        expectRefused("GET", "/api/v1/agreements/" + UUID.randomUUID() + "/scan", null);
        for (String action : List.of("accept", "reject", "cancel")) {
            post("/api/v1/referrals/" + UUID.randomUUID() + "/" + action, "{\"note\": \"x\", \"version\": 0}");
        }
        post("/api/v1/referrals/" + UUID.randomUUID() + "/complete", "{\"completedOn\": \"2024-09-20\", \"outcome\": \"x\", \"version\": 0}");
        for (String query : List.of("offset=-1", "limit=100000", "limit=ten")) {
            expectRefused("GET", aShelter + "/placements?" + query, null);
        }
        expectRefused("GET", "/api/v1/shelters/not-an-id/placements", null);
        post("/api/v1/inspections/" + UUID.randomUUID() + "/close", "{\"note\": \"x\", \"version\": 0}");
        String checkedShelter = aShelter.substring(aShelter.lastIndexOf('/') + 1);
        for (String query : List.of("", "shelter=not-an-id&date=2024-09-09", "shelter=" + shelterId, "shelter=" + checkedShelter + "&date=2024-02-30",
                "shelter=" + UUID.randomUUID() + "&date=2024-09-09")) {
            expectRefused("GET", "/api/v1/presence-checks?" + query, null);
        }
        for (String body : List.of("{}", "[]", "{\"shelterId\": \"" + checkedShelter + "\", \"day\": \"2999-01-01\", \"marks\": []}",
                "{\"shelterId\": \"" + checkedShelter + "\", \"day\": \"2024-09-09\", \"marks\": []}",
                "{\"shelterId\": \"" + checkedShelter + "\", \"day\": \"2024-09-09\", \"marks\": [{\"personId\": \"" + kupangPerson + "\", \"mark\": \"DANCING\"}]}")) {
            post("/api/v1/presence-checks", body);
        }
        post("/api/v1/permits/" + UUID.randomUUID() + "/return", "{\"returnedAt\": \"2025-01-01T08:00:00\", \"version\": 0}");
                for (String query : List.of("family=not-an-id", "shelter=not-an-id", "shelter=%27%20OR%201=1", "number=" + "9".repeat(41))) {
            expectRefused("GET", "/api/v1/persons?" + query, null);
        }
        expectRefused("GET", "/api/v1/card-batches/" + UUID.randomUUID(), null);
        expectRefused("GET", "/api/v1/families/" + UUID.randomUUID(), null);
        expectRefused("GET", "/api/v1/families/not-an-id", null);
        expectRefused("GET", "/api/v1/families?limit=100000", null);
        String photo = "/api/v1/persons/" + kupangPerson + "/photo";
        expectRefused("PUT", photo, "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8), "image/png");
        expectRefused("PUT", photo, new byte[0], "image/jpeg");
        expectRefused("PUT", photo, TestFiles.onePagePdf(), "image/png");
        expectRefused("PUT", photo, new byte[3 * 1024 * 1024], "image/jpeg");
        String noSuchScan = documents + "/" + UUID.randomUUID() + "/scan";
        expectRefused("PUT", noSuchScan, TestFiles.onePagePdf(), "application/pdf");
        expectRefused("PUT", documents + "/not-an-id/scan", TestFiles.onePagePdf(), "application/pdf");
        expectRefused("GET", noSuchScan, null);
        for (String query : List.of("days=0", "days=367", "days=x", "days=-1", "limit=100000")) {
            expectRefused("GET", "/api/v1/persons/documents/expiring?" + query, null);
        }
        for (String query : List.of("status=ASLEEP", "vulnerability=TALL", "status=%27--", "vulnerability=" + "x".repeat(500))) {
            expectRefused("GET", "/api/v1/persons?" + query, null);
        }
        post("/api/v1/persons", person(Map.of("supervisedFrom", "2999-01-01")));
        post("/api/v1/persons", person(Map.of("givenName", new RawJson("12345"))));

        // Shelters
        for (String field : List.of("name", "city")) {
            for (String hostile : INJECTIONS) {
                Map<String, Object> shelter = new java.util.HashMap<>(Map.of("name", "Hotel Flobamora", "city", "Kupang",
                        "capacity", 5));
                shelter.put(field, hostile);
                post("/api/v1/shelters", json(shelter));
            }
        }
        for (Object capacity : List.of(-1, 0, 99_999_999_999L, new RawJson("1.5"), "many", new RawJson("null"))) {
            post("/api/v1/shelters", json(Map.of("name", "Hotel Flobamora", "city", "Kupang", "capacity", capacity)));
        }
        post("/api/v1/shelters", json(Map.of("name", "Hotel Flobamora", "city", "Kupang", "capacity", 5, "address", LONG)));

        // Placements: bad ids and dates
        for (String id : BAD_IDS) {
            post("/api/v1/placements", json(Map.of("personId", id, "shelterId", shelterId, "from", "2026-01-01")));
            post("/api/v1/placements", json(Map.of("personId", personId, "shelterId", id, "from", "2026-01-01")));
        }
        for (String date : BAD_DATES) {
            post("/api/v1/placements", json(Map.of("personId", personId, "shelterId", shelterId, "from", date)));
        }

        // Partners and visits
        for (String hostile : INJECTIONS) {
            post("/api/v1/partners", json(Map.of("name", hostile, "type", "NGO")));
            post("/api/v1/partners", "{\"name\": \"Yayasan Sosial Kupang\", \"type\": \"NGO\", \"contacts\": [{\"name\": "
                    + Json.createValue(hostile) + "}]}");
            post("/api/v1/visits", "{\"organisationId\": \"" + partnerId + "\", \"date\": \"2024-10-01\", \"location\": \"Kupang\","
                    + " \"purpose\": \"Koordinasi\", \"attendees\": [{\"name\": " + Json.createValue(hostile) + "}]}");
        }
        for (String type : List.of("GOVERNMENT_OF_MARS", "", "iom", "1")) {
            post("/api/v1/partners", json(Map.of("name", "Yayasan Sosial Kupang", "type", type)));
        }
        for (String id : BAD_IDS) {
            post("/api/v1/visits", "{\"organisationId\": " + Json.createValue(id) + ", \"date\": \"2024-10-01\","
                    + " \"location\": \"Kupang\", \"purpose\": \"Koordinasi\", \"attendees\": [{\"name\": \"Ma'mum\"}]}");
        }
        for (String date : BAD_DATES) {
            post("/api/v1/visits", "{\"organisationId\": \"" + partnerId + "\", \"date\": \"" + date + "\","
                    + " \"location\": \"Kupang\", \"purpose\": \"Koordinasi\", \"attendees\": [{\"name\": \"Ma'mum\"}]}");
        }
        post("/api/v1/visits", "{\"organisationId\": \"" + partnerId + "\", \"date\": \"2024-10-01\", \"location\": \"Kupang\","
                + " \"purpose\": \"Koordinasi\", \"attendees\": []}");

        // Malformed JSON, bytes that are not UTF-8 and oversized bodies, on every write endpoint
        byte[] notUtf8 = {'{', '"', 'g', 'i', 'v', 'e', 'n', 'N', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28,
            (byte) 0xFF, '"', '}'};
        byte[] huge = ("{\"givenName\": \"" + "A".repeat(2 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        for (String path : List.of("/api/v1/persons", "/api/v1/shelters", "/api/v1/placements", "/api/v1/partners",
                "/api/v1/visits")) {
            for (String body : List.of("{\"givenName\": ", "[1, 2", "null", "\"just a string\"", "{\"a\":}", "{{{{",
                    "{\"name\": \"x\"} trailing")) {
                post(path, body);
            }
            expectRefused("POST", path, notUtf8);
            expectRefused("POST", path, huge);
        }

        // Path traversal and junk in ids of every read endpoint, and in report parameters
        for (String path : List.of("/api/v1/persons/", "/api/v1/shelters/", "/api/v1/placements/", "/api/v1/partners/",
                "/api/v1/visits/")) {
            for (String id : List.of("..%2F..%2Fetc%2Fpasswd", "%27%20OR%201%3D1", "%3Cscript%3E", UUID.randomUUID().toString())) {
                expectRefused("GET", path + id, null);
            }
        }
        for (String month : List.of("2024-13", "%27%20OR%201%3D1", "..%2F..%2F", "%3Cscript%3E", "999999-01", "2024-9",
                "", "2024-09%00")) {
            expectRefused("GET", "/api/v1/reports/monthly-statistics?month=" + month, null);
        }
        expectRefused("GET", "/api/v1/reports/..%2F..%2Fetc%2Fpasswd?month=2024-09", null);
        for (byte[] upload : List.of(new byte[0], "GIF89a not a pdf".getBytes(StandardCharsets.US_ASCII),
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), new byte[21 * 1024 * 1024])) {
            cases++;
            HttpResponse<String> response = SuakaClient.viewer().postBytes("/api/v1/reports/verify/AAAA-BBBB-CCCC-DDDD",
                    "application/pdf", upload);
            checks.add(DynamicTest.dynamicTest(cases + ": upload of " + upload.length + " bytes",
                    () -> assertEquals(400, response.statusCode(), "upload of " + upload.length + " bytes: "
                            + response.body())));
        }
        expectRefused("GET", "/api/v1/shelters/occupancy?date=2024-02-30", null);

        // The review's cases: edge-of-calendar dates, strict numbers, plausibility, months outside the office's life
        for (String date : List.of("+999999999-12-31", "-999999999-01-01", "-0001-01-01")) {
            expectRefused("GET", "/api/v1/shelters/occupancy?date=" + date.replace("+", "%2B"), null);
            expectRefused("GET", "/api/v1/shelters/" + shelterId + "/occupants?date=" + date.replace("+", "%2B"), null);
            post("/api/v1/persons", person(Map.of("dateOfBirth", date)));
            post("/api/v1/placements", json(Map.of("personId", personId, "shelterId", shelterId, "from", date)));
            post("/api/v1/persons/" + personId + "/end-supervision", json(Map.of("until", date, "version", 1)));
        }
        for (String date : List.of("0001-01-01", "1899-12-31")) {
            post("/api/v1/persons", person(Map.of("dateOfBirth", date)));
        }
        post("/api/v1/persons", person(Map.of("dateOfBirth", "1990-05-05", "supervisedFrom", "1989-12-31")));
        for (String query : List.of("limit=abc", "offset=abc", "limit=1e3", "limit=0", "limit=501", "offset=-1",
                "limit=99999999999")) {
            expectRefused("GET", "/api/v1/persons?" + query, null);
        }
        for (Object version : List.of(new RawJson("1e400"), new RawJson("1.5"), "one", new RawJson("-1"))) {
            post("/api/v1/placements/" + UUID.randomUUID() + "/end", json(Map.of("until", "2024-10-01", "version", version)));
            expectRefused("PATCH", "/api/v1/persons/" + personId, json(Map.of("givenName", "Hamid", "version", version))
                    .getBytes(StandardCharsets.UTF_8));
        }
        for (String hostile : INJECTIONS) {
            expectRefused("PATCH", "/api/v1/persons/" + personId, json(Map.of("givenName", hostile, "version", 1))
                    .getBytes(StandardCharsets.UTF_8));
            expectRefused("PATCH", "/api/v1/shelters/" + shelterId, json(Map.of("name", hostile, "version", 1))
                    .getBytes(StandardCharsets.UTF_8));
        }
        // The corrections added with the trust work: hostile versions, dates and names on every PATCH
        String consentPath = "/api/v1/persons/" + personId + "/consents/" + UUID.randomUUID();
        for (String correction : List.of("/api/v1/placements/" + UUID.randomUUID(), "/api/v1/partners/" + UUID.randomUUID(),
                "/api/v1/visits/" + UUID.randomUUID(), consentPath)) {
            for (Object version : List.of(new RawJson("1e400"), new RawJson("1.5"), "one", new RawJson("-1"))) {
                expectRefused("PATCH", correction, json(Map.of("version", version)).getBytes(StandardCharsets.UTF_8));
            }
        }
        for (String date : List.of("+999999999-12-31", "-0001-01-01", "2999-01-01")) {
            expectRefused("PATCH", "/api/v1/placements/" + UUID.randomUUID(), json(Map.of("from", date, "version", 0))
                    .getBytes(StandardCharsets.UTF_8));
            expectRefused("PATCH", "/api/v1/visits/" + UUID.randomUUID(), json(Map.of("date", date, "version", 0))
                    .getBytes(StandardCharsets.UTF_8));
            expectRefused("PATCH", consentPath, json(Map.of("givenOn", date, "version", 0)).getBytes(StandardCharsets.UTF_8));
        }
        for (String hostile : INJECTIONS) {
            expectRefused("PATCH", "/api/v1/partners/" + UUID.randomUUID(), json(Map.of("name", hostile, "version", 0))
                    .getBytes(StandardCharsets.UTF_8));
        }
        for (String month : List.of("2999-01", "1900-01", "1999-12")) {
            expectRefused("GET", "/api/v1/reports/monthly-statistics?month=" + month, null);
        }

        String transfers = "/api/v1/persons/" + personId + "/transfers";
        for (String id : BAD_IDS) {
            post(transfers, "{\"to\": " + Json.createValue(id) + ", \"on\": \"2025-03-03\", \"version\": 0}");
        }
        for (String date : BAD_DATES) {
            post(transfers, "{\"to\": \"" + UUID.randomUUID() + "\", \"on\": \"" + date + "\", \"version\": 0}");
        }
        post(transfers, "{\"to\": \"00000000-0000-0000-0000-000000000001\", \"on\": \"2025-03-03\", \"version\": 0}");
        post(transfers, "{\"to\": \"00000000-0000-0000-0000-000000000000\", \"on\": \"2999-03-03\", \"version\": 0}");
        post(transfers, "{\"to\": [1], \"on\": {}, \"withFamily\": \"yes\"}");
        long offices = SuakaClient.parse(SuakaClient.viewer().get("/api/v1/offices").body()).asJsonArray().size();
        caller = ditjen;
        for (String hostile : INJECTIONS) {
            post("/api/v1/offices", office(Map.of("name", hostile)));
            post("/api/v1/offices", office(Map.of("code", hostile)));
            post("/api/v1/offices", office(Map.of("signatory", Map.of("title", "Kepala", "name", hostile))));
            expectRefused("PUT", "/api/v1/offices/00000000-0000-0000-0000-000000000001/members/"
                    + java.net.URLEncoder.encode(hostile, StandardCharsets.UTF_8), null);
        }
        for (String zone : List.of("Mars/Olympus", "", "../../etc/passwd", "UTC+99")) {
            post("/api/v1/offices", office(Map.of("timeZone", zone)));
        }
        for (String date : BAD_DATES) {
            post("/api/v1/offices", office(Map.of("established", date)));
        }
        post("/api/v1/offices", office(Map.of("documentNumberPattern", "no sequence")));
        post("/api/v1/offices", office(Map.of("code", "KPG")));
        post("/api/v1/offices", office(Map.of("name", LONG)));
        post("/api/v1/offices", office(Map.of("parent", UUID.randomUUID().toString())));
        post("/api/v1/offices", office(Map.of("letterhead", List.of())));
        for (String month : List.of("2024-13", "September", "' OR 1=1 --", "99999-01", "2024-9")) {
            expectRefused("GET", "/api/v1/reports/issued?month=" + java.net.URLEncoder.encode(month, StandardCharsets.UTF_8),
                    null);
        }
        for (String limit : List.of("-1", "0", "100000", "x")) {
            expectRefused("GET", "/api/v1/reports/issued?limit=" + limit, null);
        }
        expectRefused("GET", "/api/v1/statistics/consistency", null);
        for (String date : BAD_DATES) {
            expectRefused("GET", "/api/v1/statistics/consistency?date="
                    + java.net.URLEncoder.encode(date, StandardCharsets.UTF_8), null);
        }
        caller = officer;
        for (String code : List.of("AAAA-BBBB-CCCC-DDDD", "..%2F..%2Fetc%2Fpasswd", "' OR 1=1 --")) {
            expectRefused("GET", "/api/v1/reports/issued/" + java.net.URLEncoder.encode(code, StandardCharsets.UTF_8)
                    + "/pdf", null);
        }
        caller = ditjen;
        String logo = "/api/v1/offices/00000000-0000-0000-0000-000000000001/logo";
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        for (byte[] image : List.of("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8), png,
                "%PDF-1.7 not an image".getBytes(StandardCharsets.US_ASCII), new byte[0], new byte[300 * 1024])) {
            expectRefused("PUT", logo, image, "image/png");
        }
        expectRefused("PUT", logo, png, "text/html");

        // report plugins: hostile names, bodies and zips are refused with nothing installed
        caller = "Basic " + Base64.getEncoder().encodeToString("admin:admin-demo".getBytes());
        byte[] zipMagic = {'P', 'K', 3, 4, 0, 0};
        for (String name : List.of("../../server.xml.zip", "..%2F..%2Fserver.zip", "plugin.exe", ".hidden.zip",
                "a b.zip", "x".repeat(300) + ".zip", "${jndi:ldap://127.0.0.1/x}.zip", "")) {
            expectRefused("POST", "/api/v1/reports/plugins?file=" + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8),
                    zipMagic, "application/zip");
        }
        for (byte[] body : List.of(new byte[0], "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8), zipMagic,
                LONG.getBytes(StandardCharsets.UTF_8), TestFiles.zip(Map.of("../../evil.report.properties", zipMagic)),
                TestFiles.zip(Map.of("/etc/cron.d/evil.report.properties", zipMagic)),
                TestFiles.templateExample("hostile-expression", t -> t.replace("$F{shelter}",
                        "new java.io.File(\"/etc/passwd\").getName()")),
                TestFiles.templateExample("hostile-image", t -> t.replace("<expression><![CDATA[$P{SUAKA_LOGO}]]>",
                        "<expression><![CDATA[\"file:///etc/passwd\"]]>")))) {
            expectRefused("POST", "/api/v1/reports/plugins?file=hostile.zip", body, "application/zip");
        }
        for (String name : List.of("..%2F..%2Fserver.xml", "server.xml", "%2e%2e", "no-such-plugin.zip")) {
            expectRefused("DELETE", "/api/v1/reports/plugins/" + name, null);
        }
        caller = officer;
        expectRefused("POST", "/api/v1/reports/plugins?file=a.zip", zipMagic, "application/zip");
        expectRefused("GET", "/api/v1/reports/plugins", null);

        long storedPersons = count("/api/v1/persons?limit=1");
        long storedShelters = count("/api/v1/shelters");
        long storedPartners = count("/api/v1/partners");
        long storedOffices = SuakaClient.parse(SuakaClient.viewer().get("/api/v1/offices").body()).asJsonArray().size();
        String plugins = SuakaClient.as("admin", "admin-demo").get("/api/v1/reports/plugins").body();
        String attached = SuakaClient.viewer().get(refusedAttachments).body();
        int corpus = cases;
        return Stream.concat(checks.stream(), Stream.of(
                DynamicTest.dynamicTest("the corpus holds more than 250 cases", () -> assertTrue(corpus >= 250,
                        "the corpus holds " + corpus + " cases")),
                DynamicTest.dynamicTest("nothing was stored", () -> assertAll(
                        () -> assertEquals(persons, storedPersons, "no person was stored"),
                        () -> assertEquals(shelters, storedShelters, "no shelter was stored"),
                        () -> assertEquals(partners, storedPartners, "no partner was stored"),
                        () -> assertEquals(offices, storedOffices, "no office was stored"),
                        () -> assertTrue(!plugins.contains("hostile"), "no plugin was installed: " + plugins),
                        () -> assertEquals("[]", attached, "no file was attached to the visit")))));
    }
}
