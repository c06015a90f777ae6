package org.suaka.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.suaka.platform.testing.PdfText;

/**
 * Several offices in one installation, as the demo data sets them up: Rudenim Kupang (171 persons in
 * three hotels), Rudenim Jakarta (seven persons in Wisma Kalideres) and Ditjen Imigrasi above them. An
 * officer of Jakarta sees Jakarta only, on every route the OpenAPI document publishes; Ditjen reads every
 * office and changes none; a transfer moves a family between offices with its history.
 */
@ExtendWith(ArquillianExtension.class)
class OfficesIT extends SuakaDeployment {

    private static final String FIRST_OFFICE = "00000000-0000-0000-0000-000000000001";
    private static final String NATIONAL_OFFICE = "00000000-0000-0000-0000-000000000000";

    private static final SuakaClient KUPANG = SuakaClient.officer();
    private static final SuakaClient KUPANG_ADMIN = SuakaClient.as("admin", "admin-demo");
    private static final SuakaClient JAKARTA = SuakaClient.as("officer-jakarta", "jakarta-demo");
    private static final SuakaClient DITJEN = SuakaClient.as("ditjen", "ditjen-demo");

    /** Ids of one Kupang record of each kind, by the first segment of the paths that name it. */
    private static final Map<String, String> KUPANG_IDS = new HashMap<>();
    /** Everything that would betray a Kupang record in an answer. */
    private static final Set<String> KUPANG_SECRETS = new HashSet<>();
    private static String jakartaOffice;

    @BeforeAll
    static void gatherKupang() {
        JsonArray persons = SuakaClient.json(KUPANG.get("/api/v1/persons?limit=500")).getJsonArray("items");
        assertTrue(persons.size() >= 171, "Kupang's persons: " + persons.size());
        persons.forEach(p -> KUPANG_SECRETS.add(p.asJsonObject().getString("id")));
        String person = persons.getJsonObject(0).getString("id");
        KUPANG_IDS.put("persons", person);
        JsonArray shelters = (JsonArray) SuakaClient.parse(KUPANG.get("/api/v1/shelters").body());
        shelters.forEach(s -> {
            KUPANG_SECRETS.add(s.asJsonObject().getString("id"));
            KUPANG_SECRETS.add(s.asJsonObject().getString("name"));
        });
        KUPANG_IDS.put("shelters", shelters.getJsonObject(0).getString("id"));
        JsonArray occupants = SuakaClient.parse(KUPANG.get("/api/v1/shelters/"
                + shelters.getJsonObject(0).getString("id") + "/occupants?date=2024-09-30").body()).asJsonObject()
                .getJsonArray("items");
        KUPANG_IDS.put("placements", occupants.getJsonObject(0).getString("id"));
        JsonArray partners = (JsonArray) SuakaClient.parse(KUPANG.get("/api/v1/partners").body());
        JsonObject iom = partners.getValuesAs(JsonObject.class).stream().filter(o -> o.getString("name").equals("IOM Kupang"))
                .findFirst().orElseThrow();
        KUPANG_IDS.put("partners", iom.getString("id"));
        KUPANG_SECRETS.addAll(List.of(iom.getString("id"), "IOM Kupang", "Herman Rabu", "Stefani Mutarti"));
        JsonArray visits = (JsonArray) SuakaClient.parse(KUPANG.get("/api/v1/partners/" + iom.getString("id") + "/visits")
                .body());
        KUPANG_IDS.put("visits", visits.getJsonObject(0).getString("id"));
        KUPANG_SECRETS.add(visits.getJsonObject(0).getString("id"));
        for (String kind : List.of("referrals", "agreements", "inspections", "incidents", "assistance")) {
            String first = SuakaClient.json(KUPANG.get("/api/v1/" + kind + "?limit=1")).getJsonArray("items").getJsonObject(0)
                    .getString("id");
            KUPANG_IDS.put(kind, first);
            KUPANG_SECRETS.add(first);
        }
        jakartaOffice = SuakaClient.json(JAKARTA.get("/api/v1/offices/mine")).getString("id");
    }

    @Test
    void anOfficerOfJakartaSeesNothingOfKupangOnAnyPublishedRoute() {
        JsonObject paths = SuakaClient.json(SuakaClient.anonymous().get("/openapi?format=JSON")).getJsonObject("paths");
        List<Executable> checks = new ArrayList<>();
        int routes = 0;
        for (String path : paths.keySet()) {
            JsonObject get = paths.getJsonObject(path).getJsonObject("get");
            if (get == null || path.startsWith("/api/v1/offices") || path.startsWith("/api/v1/reports/verify")) {
                continue;
            }
            String concrete = concrete(path, get);
            if (concrete == null) {
                continue;
            }
            routes++;
            HttpResponse<byte[]> answer = JAKARTA.getBytes(concrete);
            String body = answer.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf")
                    ? PdfText.of(answer.body()) : new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8);
            boolean namesARecord = path.contains("{id}");
            checks.add(() -> assertTrue(namesARecord ? answer.statusCode() == 404 || answer.statusCode() == 403
                    : answer.statusCode() < 500, "GET " + concrete + " -> " + answer.statusCode()));
            checks.add(() -> assertTrue(KUPANG_SECRETS.stream().filter(secret -> !concrete.contains(secret))
                            .noneMatch(body::contains),
                    "GET " + concrete + " shows Kupang beyond the id asked for: "
                            + body.substring(0, Math.min(300, body.length()))));
        }
        assertTrue(routes >= 15, "routes checked: " + routes);
        assertAll(checks);
    }

    /** The path with a Kupang record's id and the required query parameters filled in, or null. */
    private static String concrete(String path, JsonObject operation) {
        String filled = path;
        if (path.contains("{")) {
            String kind = path.split("/")[3];
            String id = KUPANG_IDS.get(kind);
            if (id == null || path.contains("{consentId}") || path.contains("{attachmentId}")) {
                return null;
            }
            filled = path.replace("{id}", id).replace("{reportId}", "monthly-statistics")
                    .replace("{documentId}", java.util.UUID.randomUUID().toString());
        }
        List<String> query = new ArrayList<>();
        for (JsonValue p : operation.getJsonArray("parameters") == null ? List.<JsonValue>of()
                : operation.getJsonArray("parameters")) {
            JsonObject parameter = p.asJsonObject();
            if ("query".equals(parameter.getString("in")) && parameter.getBoolean("required", false)) {
                String name = parameter.getString("name");
                query.add(name + "=" + switch (name) {
                    case "date" -> "2024-09-30";
                    case "month", "fromMonth", "toMonth" -> "2024-09";
                    default -> "x";
                });
            }
        }
        if (filled.endsWith("{reportId}") || path.equals("/api/v1/reports/{reportId}")) {
            filled = "/api/v1/reports/monthly-statistics";
            query = List.of("month=2024-09");
        }
        return query.isEmpty() ? filled : filled + "?" + String.join("&", query);
    }

    @Test
    void jakartasMonthlyReportCarriesItsOwnLetterheadNumberAndFigures() {
        HttpResponse<byte[]> pdf = JAKARTA.getBytes("/api/v1/reports/monthly-statistics?month=2024-09");

        assertEquals(200, pdf.statusCode());
        String text = PdfText.of(pdf.body());
        assertTrue(text.contains("RUMAH DETENSI IMIGRASI JAKARTA"), text);
        assertTrue(text.contains("7 orang"), text);
        assertTrue(text.contains("Wisma Kalideres 7"), text);
        assertTrue(text.contains("Ni'matul Hasanah"), text);
        assertTrue(pdf.headers().firstValue("X-Document-Number").orElseThrow().startsWith("W9.RDN.JKT-"), text);
        assertFalse(text.contains("Hotel Lavender Kupang"), text);
    }

    @Test
    void ditjensNationalReportAddsUpTheOfficesInTheDatabase() {
        HttpResponse<byte[]> national = DITJEN.getBytes("/api/v1/reports/national-statistics?month=2024-09");

        assertEquals(200, national.statusCode(), new String(national.body()));
        String text = PdfText.of(national.body());
        long kupang = figure(text, "Rumah Detensi Imigrasi Kupang");
        long jakarta = figure(text, "Rumah Detensi Imigrasi Jakarta");
        assertEquals(171, kupang, text);
        assertEquals(7, jakarta, text);
        assertTrue(text.contains((kupang + jakarta) + " orang"), text);
        assertTrue(text.contains("Direktur Jenderal Imigrasi") && text.contains("Ridwan Hakim Siregar"), text);
        assertTrue(national.headers().firstValue("X-Document-Number").orElseThrow().startsWith("IMI-"), text);
        String monthly = PdfText.of(DITJEN.getBytes("/api/v1/reports/monthly-statistics?month=2024-09").body());
        assertTrue(monthly.contains("178 orang"), "the same month over every office: " + monthly);
        assertEquals(403, KUPANG.getBytes("/api/v1/reports/national-statistics?month=2024-09").statusCode());
    }

    @Test
    void ditjenReadsEveryOfficeAndChangesNone() {
        JsonObject anyone = SuakaClient.json(DITJEN.get("/api/v1/persons?limit=1"));
        String kupangPerson = KUPANG_IDS.get("persons");
        JsonObject person = SuakaClient.json(DITJEN.get("/api/v1/persons/" + kupangPerson));

        assertTrue(anyone.getInt("total") >= 178, anyone.toString());
        assertEquals(FIRST_OFFICE, person.getString("office"));
        assertEquals(403, DITJEN.send("PATCH", "/api/v1/persons/" + kupangPerson,
                "{\"familyName\": \"Karimy\", \"version\": " + person.getInt("version") + "}").statusCode());
        assertEquals(403, DITJEN.postJson("/api/v1/shelters", "{\"name\": \"Wisma Ditjen\", \"city\": \"Jakarta\","
                + " \"capacity\": 5}").statusCode());
    }

    @Test
    void aTransferMovesAFamilyToJakartaWithItsHistoryAndFigures() {
        String before = PdfText.of(DITJEN.getBytes("/api/v1/reports/national-statistics?month=2025-02").body());
        String shelter = KUPANG_IDS.get("shelters");
        String father = register("Gholam Sakhi", "1979-04-11", "386-25C00901", "386-25000901");
        String son = register("Mohammad Jawad", "2010-09-30", "386-25C00901", "386-25000902");
        JsonObject placed = SuakaClient.json(KUPANG.postJson("/api/v1/placements",
                "{\"personId\": \"" + father + "\", \"shelterId\": \"" + shelter + "\", \"from\": \"2025-01-06\"}"));
        int version = SuakaClient.json(KUPANG.get("/api/v1/persons/" + father)).getInt("version");

        HttpResponse<String> sameOffice = KUPANG.postJson("/api/v1/persons/" + father + "/transfers",
                transfer(FIRST_OFFICE, version));
        HttpResponse<String> topOffice = KUPANG.postJson("/api/v1/persons/" + father + "/transfers",
                transfer(NATIONAL_OFFICE, version));
        HttpResponse<String> noOffice = KUPANG.postJson("/api/v1/persons/" + father + "/transfers",
                transfer("0f0f0f0f-0000-4000-8000-000000000000", version));
        HttpResponse<String> moved = KUPANG.postJson("/api/v1/persons/" + father + "/transfers",
                transfer(jakartaOffice, version));

        assertAll(
                () -> assertEquals(400, sameOffice.statusCode(), sameOffice.body()),
                () -> assertTrue(sameOffice.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json")),
                () -> assertEquals(400, topOffice.statusCode(), topOffice.body()),
                () -> assertEquals(400, noOffice.statusCode(), noOffice.body()),
                () -> assertEquals(200, moved.statusCode(), moved.body()));
        assertEquals(2, ((JsonArray) SuakaClient.parse(moved.body())).size(), moved.body());
        assertEquals(404, KUPANG.get("/api/v1/persons/" + son).statusCode(), "Kupang no longer sees the son");
        assertEquals(jakartaOffice, SuakaClient.json(JAKARTA.get("/api/v1/persons/" + son)).getString("office"));
        JsonArray stays = (JsonArray) SuakaClient.parse(JAKARTA.get("/api/v1/persons/" + father + "/offices").body());
        assertEquals(2, stays.size(), stays.toString());
        assertEquals(FIRST_OFFICE, stays.getJsonObject(0).getString("office"));
        assertEquals("2025-02-03", stays.getJsonObject(0).getString("until"));
        assertTrue(stays.getJsonObject(1).getBoolean("arrivedByTransfer"));
        assertEquals("2025-02-03", SuakaClient.json(KUPANG.get("/api/v1/placements/" + placed.getString("id")))
                .getString("until"), "the placement at Kupang ended on the day");
        String after = PdfText.of(DITJEN.getBytes("/api/v1/reports/national-statistics?month=2025-02").body());
        assertEquals(movement(before, "Pindahan Keluar", "Kupang") + 2, movement(after, "Pindahan Keluar", "Kupang"), after);
        assertEquals(movement(before, "Pindahan Masuk", "Jakarta") + 2, movement(after, "Pindahan Masuk", "Jakarta"), after);
    }

    @Test
    void aLogoSetByDitjenHeadsJakartasDocuments() throws Exception {
        java.awt.image.BufferedImage drawn = new java.awt.image.BufferedImage(64, 64,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(drawn, "png", png);
        String logo = "/api/v1/offices/" + jakartaOffice + "/logo";

        assertEquals(403, KUPANG_ADMIN.putBytes(logo, "image/png", png.toByteArray()).statusCode(),
                "Kupang's administrator administers Kupang only");
        assertEquals(400, DITJEN.putBytes(logo, "image/png", "<svg/>".getBytes()).statusCode());
        assertEquals(204, DITJEN.putBytes(logo, "image/png", png.toByteArray()).statusCode());
        HttpResponse<byte[]> stored = JAKARTA.getBytes(logo);
        assertEquals("image/png", stored.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(java.util.Arrays.equals(png.toByteArray(), stored.body()));
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(
                JAKARTA.getBytes("/api/v1/reports/monthly-statistics?month=2024-09").body())) {
            var resources = pdf.getPage(0).getResources();
            assertTrue(java.util.stream.StreamSupport.stream(resources.getXObjectNames().spliterator(), false)
                    .anyMatch(name -> {
                        try {
                            return resources.isImageXObject(name);
                        } catch (RuntimeException e) {
                            return false;
                        }
                    }), "the logo is printed");
        }
    }

    @Test
    void aUserOfNoOfficeAndAnUnknownOfficeAreClearRefusals() {
        HttpResponse<String> stranger = SuakaClient.as("magang", "magang-demo").get("/api/v1/persons");
        HttpResponse<String> assignToNone = KUPANG_ADMIN.send("PUT",
                "/api/v1/offices/0f0f0f0f-0000-4000-8000-000000000000/members/magang", "");
        HttpResponse<String> exportJakarta = KUPANG_ADMIN.get("/api/v1/persons/"
                + SuakaClient.json(JAKARTA.get("/api/v1/persons?limit=1")).getJsonArray("items").getJsonObject(0)
                        .getString("id") + "/export");

        assertEquals(403, stranger.statusCode(), stranger.body());
        assertTrue(stranger.body().contains("no-office"), stranger.body());
        assertEquals(404, assignToNone.statusCode(), assignToNone.body());
        assertEquals(404, exportJakarta.statusCode(), exportJakarta.body());
    }

    @Test
    void theAuditTrailOfKupangHoldsNothingOfJakarta() {
        String jakartaPerson = SuakaClient.json(JAKARTA.get("/api/v1/persons?limit=1")).getJsonArray("items")
                .getJsonObject(0).getString("id");
        assertEquals(200, JAKARTA.get("/api/v1/persons/" + jakartaPerson).statusCode());

        JsonObject seenByKupang = SuakaClient.json(KUPANG_ADMIN.get("/api/v1/audit?entityId=" + jakartaPerson));
        JsonObject seenByDitjen = SuakaClient.json(DITJEN.get("/api/v1/audit?entityId=" + jakartaPerson));

        assertEquals(0, seenByKupang.getInt("total"), seenByKupang.toString());
        assertTrue(seenByDitjen.getInt("total") >= 1, seenByDitjen.toString());
    }

    private static String register(String given, String born, String unhcrCase, String unhcr) {
        return SuakaClient.json(KUPANG.postJson("/api/v1/persons?confirmDuplicate=true", "{\"givenName\": \"" + given + "\","
                + " \"familyName\": \"Changezi\", \"sex\": \"MALE\", \"dateOfBirth\": \"" + born + "\","
                + " \"nationality\": \"AFG\", \"unhcrNumber\": \"" + unhcr + "\", \"unhcrCaseNumber\": \"" + unhcrCase
                + "\", \"supervisedFrom\": \"2025-01-06\"}")).getString("id");
    }

    private static String transfer(String office, int version) {
        return "{\"to\": \"" + office + "\", \"on\": \"2025-02-03\", \"withFamily\": true, \"version\": " + version + "}";
    }

    private static long figure(String text, String label) {
        Matcher m = Pattern.compile(Pattern.quote(label) + " (\\d+)").matcher(text);
        assertTrue(m.find(), label + " not found in:\n" + text);
        return Long.parseLong(m.group(1));
    }

    /** The count of an office in a section of the national report, zero when the office is not listed. */
    private static long movement(String text, String section, String office) {
        int start = text.toLowerCase(Locale.ROOT).indexOf(section.toLowerCase(Locale.ROOT));
        if (start < 0) {
            return 0;
        }
        Matcher m = Pattern.compile("Rumah Detensi Imigrasi " + office + " (\\d+)").matcher(text.substring(start));
        return m.find() && m.start() < 400 ? Long.parseLong(m.group(1)) : 0;
    }
}
