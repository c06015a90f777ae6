package org.suaka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.suaka.platform.testing.PdfText;

/**
 * Report plugins on a running server: a template-only plugin and the example jar copied into the plugins
 * directory appear and render without a restart; a hostile template is listed as broken with its line
 * while every other report keeps working; a replaced template issues under a new version while documents
 * issued before keep theirs; uploads are checked completely and a refused one installs nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ReportPluginsIT extends SuakaDeployment {

    private static final Path PLUGINS = Path.of(System.getProperty("suaka.it.plugins.dir",
            "target/liberty/wlp/usr/servers/suaka-it/report-plugins"));
    private static final Path TEMPLATE_EXAMPLE = TestFiles.TEMPLATE_EXAMPLE;
    private static final Path JAR_EXAMPLE = Path.of(System.getProperty("suaka.it.jar.example",
            "target/it-modules/report-plugin-example.jar"));
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final SuakaClient admin = SuakaClient.as("admin", "admin-demo");

    @AfterAll
    static void emptyThePluginsDirectory() throws IOException {
        TestFiles.deleteRecursively(PLUGINS);
        Files.createDirectories(PLUGINS);
    }

    @Test
    void aTemplateCopiedIntoTheDirectoryIsOfferedAndRendersWithoutARestart() throws Exception {
        Files.createDirectories(PLUGINS);
        for (String file : new String[] {"occupancy-summary.jrxml", "occupancy-summary.properties",
                "occupancy-summary_en.properties", "occupancy-summary.report.properties"}) {
            Files.copy(TEMPLATE_EXAMPLE.resolve(file), PLUGINS.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        JsonObject report = awaitReport("occupancy-summary", r -> true);
        assertEquals("occupancy-summary.report.properties", report.getString("plugin"));
        assertEquals("Tanggal", report.getJsonArray("form").getJsonObject(0).getString("label"));
        String firstVersion = report.getString("version");
        assertTrue(firstVersion.startsWith("1.0+"), firstVersion);

        HttpResponse<byte[]> pdf = SuakaClient.officer().getBytes("/api/v1/reports/occupancy-summary?date=2024-09-30");
        assertEquals(200, pdf.statusCode(), new String(pdf.body(), StandardCharsets.UTF_8));
        String text = PdfText.of(pdf.body());
        assertTrue(text.contains("RINGKASAN HUNIAN PENAMPUNGAN"), text);
        assertTrue(text.contains("Keadaan per tanggal 30 September 2024"), text);
        assertTrue(text.contains("Jumlah penghuni 171 dari kapasitas"), text);
        assertTrue(text.contains("occupancy-summary v" + firstVersion), text);
        String code = pdf.headers().firstValue("X-Verification-Code").orElseThrow();

        // replaced in place: a new version; the document issued before keeps naming the first
        Path labels = PLUGINS.resolve("occupancy-summary.properties");
        Files.writeString(labels, Files.readString(labels).replace("Keadaan per tanggal", "Keadaan pada tanggal"));
        JsonObject replaced = awaitReport("occupancy-summary", r -> !r.getString("version").equals(firstVersion));
        String again = PdfText.of(SuakaClient.officer().getBytes("/api/v1/reports/occupancy-summary?date=2024-09-30").body());
        assertTrue(again.contains("Keadaan pada tanggal 30 September 2024"), again);
        assertTrue(again.contains("v" + replaced.getString("version")), again);
        JsonObject issuedBefore = SuakaClient.json(SuakaClient.viewer().get("/api/v1/reports/verify/" + code));
        assertEquals(firstVersion, issuedBefore.getString("reportVersion"));

        // plugins serve every office: their changes are filed under the top office, which Ditjen's administrator reads
        JsonArray audit = SuakaClient.json(SuakaClient.as("ditjen", "ditjen-demo").get("/api/v1/audit?operation=ReportPlugins.install&limit=100"))
                .getJsonArray("items");
        assertTrue(audit.toString().contains("occupancy-summary.report.properties"), audit.toString());
    }

    @Test
    void aHostileTemplateIsListedAsBrokenWithItsLineAndEverythingElseKeepsWorking() throws Exception {
        Files.createDirectories(PLUGINS);
        String jrxml = Files.readString(TEMPLATE_EXAMPLE.resolve("occupancy-summary.jrxml"))
                .replace("$P{SUAKA_OFFICE_NAME}.toUpperCase($P{REPORT_LOCALE})",
                        "Runtime.getRuntime().exec(\"id\").toString()");
        Files.writeString(PLUGINS.resolve("hostile.jrxml"), jrxml);
        Files.writeString(PLUGINS.resolve("hostile.report.properties"), Files.readString(
                TEMPLATE_EXAMPLE.resolve("occupancy-summary.report.properties"))
                .replace("id=occupancy-summary", "id=hostile-summary")
                .replace("template=occupancy-summary.jrxml", "template=hostile.jrxml"));

        JsonObject broken = awaitPlugin("hostile.report.properties", p -> "BROKEN".equals(p.getString("state")));
        assertEquals("hostile.jrxml", broken.getString("problemFile"));
        assertEquals(lineOf(jrxml, "Runtime.getRuntime()"), broken.getInt("line"));
        assertTrue(broken.getString("problem").contains("'Runtime' is not allowed"), broken.toString());
        assertFalse(SuakaClient.officer().get("/api/v1/reports").body().contains("hostile-summary"));
        assertEquals(404, SuakaClient.officer().getBytes("/api/v1/reports/hostile-summary").statusCode());
        assertEquals(403, SuakaClient.officer().get("/api/v1/reports/plugins").statusCode());

        HttpResponse<byte[]> monthly = SuakaClient.viewer().getBytes("/api/v1/reports/monthly-statistics?month=2024-09");
        assertEquals(200, monthly.statusCode());
        assertEquals(200, SuakaClient.officer().get("/api/v1/persons?limit=5").statusCode());

        Files.delete(PLUGINS.resolve("hostile.report.properties"));
        awaitGone("hostile.report.properties");
    }

    @Test
    void theExampleJarIsInstalledTheSameWayAndRenders() throws Exception {
        Files.createDirectories(PLUGINS);
        Files.copy(JAR_EXAMPLE, PLUGINS.resolve("report-plugin-example.jar"), StandardCopyOption.REPLACE_EXISTING);
        JsonObject report = awaitReport("occupancy-rate", r -> true);
        assertEquals("report-plugin-example.jar", report.getString("plugin"));

        HttpResponse<byte[]> pdf = SuakaClient.officer().getBytes("/api/v1/reports/occupancy-rate?date=2024-09-30&lang=en");
        assertEquals(200, pdf.statusCode(), new String(pdf.body(), StandardCharsets.UTF_8));
        String text = PdfText.of(pdf.body());
        assertTrue(text.contains("SHELTER OCCUPANCY RATE"), text);
        assertTrue(text.matches("(?s).*\\d+%.*"), text);

        Files.delete(PLUGINS.resolve("report-plugin-example.jar"));
        awaitGone("report-plugin-example.jar");
        assertEquals(404, SuakaClient.officer().getBytes("/api/v1/reports/occupancy-rate").statusCode());
    }

    @Test
    void anUploadIsCheckedCompletelyAndARefusedOneInstallsNothing() throws Exception {
        byte[] jrxml = Files.readAllBytes(TEMPLATE_EXAMPLE.resolve("occupancy-summary.jrxml"));
        String descriptor = Files.readString(TEMPLATE_EXAMPLE.resolve("occupancy-summary.report.properties"))
                .replace("id=occupancy-summary", "id=uploaded-summary");

        assertRefused(upload("escape.zip", TestFiles.zip(Map.of("../escape.report.properties", descriptor.getBytes(StandardCharsets.UTF_8),
                "occupancy-summary.jrxml", jrxml))), "points outside");
        assertRefused(upload("no-dataset.zip", TestFiles.zip(Map.of("a.report.properties",
                descriptor.replace("dataset=occupancy", "dataset=no-such-data").getBytes(StandardCharsets.UTF_8),
                "occupancy-summary.jrxml", jrxml))), "No dataset is named 'no-such-data'");
        assertRefused(upload("no-version.zip", TestFiles.zip(Map.of("a.report.properties",
                descriptor.replace("version=1.0", "").getBytes(StandardCharsets.UTF_8),
                "occupancy-summary.jrxml", jrxml))), "has no 'version'");
        assertRefused(upload("bad-xml.zip", TestFiles.zip(Map.of("a.report.properties", descriptor.getBytes(StandardCharsets.UTF_8),
                "occupancy-summary.jrxml", "<jasperReport><title>".getBytes(StandardCharsets.UTF_8)))), "not well-formed");
        assertRefused(upload("taken.zip", TestFiles.zip(Map.of("a.report.properties",
                descriptor.replace("id=uploaded-summary", "id=monthly-statistics").getBytes(StandardCharsets.UTF_8),
                "occupancy-summary.jrxml", jrxml))), "already taken by a built-in report");
        assertRefused(upload("../evil.zip", TestFiles.zip(Map.of("a.report.properties", descriptor.getBytes(StandardCharsets.UTF_8)))),
                "Name the file");
        assertRefused(upload("not-a-zip.zip", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)), "not a zip");
        HttpResponse<String> huge = admin.postBytes("/api/v1/reports/plugins?file=huge.zip", "application/zip",
                new byte[11 * 1024 * 1024]);
        assertEquals(413, huge.statusCode(), huge.body());
        String listed = admin.get("/api/v1/reports/plugins").body();
        for (String refused : new String[] {"escape.zip", "no-dataset.zip", "no-version.zip", "bad-xml.zip", "taken.zip",
                "huge.zip"}) {
            assertFalse(listed.contains(refused), listed);
            assertFalse(Files.exists(PLUGINS.resolve(refused)), refused);
        }

        HttpResponse<String> installed = upload("uploaded-summary.zip", TestFiles.zip(Map.of(
                "uploaded-summary.report.properties", descriptor.getBytes(StandardCharsets.UTF_8),
                "occupancy-summary.jrxml", jrxml)));
        assertEquals(201, installed.statusCode(), installed.body());
        assertEquals("INSTALLED", SuakaClient.json(installed).getString("state"));
        assertEquals(200, SuakaClient.officer().getBytes("/api/v1/reports/uploaded-summary").statusCode());
        assertEquals(403, SuakaClient.officer().send("DELETE", "/api/v1/reports/plugins/uploaded-summary.zip", "")
                .statusCode());
        assertEquals(204, admin.send("DELETE", "/api/v1/reports/plugins/uploaded-summary.zip", "").statusCode());
        assertEquals(404, SuakaClient.officer().getBytes("/api/v1/reports/uploaded-summary").statusCode());
        assertEquals(404, admin.send("DELETE", "/api/v1/reports/plugins/uploaded-summary.zip", "").statusCode());
    }

    @Test
    void theDatasetsAreListedForTemplateAuthors() {
        JsonArray datasets = SuakaClient.parse(SuakaClient.officer().get("/api/v1/reports/datasets").body()).asJsonArray();
        String names = datasets.toString();
        for (String name : new String[] {"\"monthly-statistics\"", "\"population\"", "\"occupancy\"", "\"partners\"", "\"visits\""}) {
            assertTrue(names.contains(name), names);
        }
    }

    /** Each dataset feeds a template-only plugin with the demo office's figures. */
    @Test
    void theDatasetsFeedTemplates() throws Exception {
        Files.createDirectories(PLUGINS);
        for (String report : new String[] {"partners-list", "visits-list", "population-list"}) {
            for (String file : new String[] {report + ".jrxml", report + ".report.properties"}) {
                try (var in = ReportPluginsIT.class.getResourceAsStream("/plugins/" + file)) {
                    Files.copy(in, PLUGINS.resolve(file), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            awaitReport(report, r -> true);
        }
        String partners = PdfText.of(SuakaClient.officer().getBytes("/api/v1/reports/partners-list").body());
        assertTrue(partners.contains("IOM Kupang Herman Rabu, Plt. Kepala IOM Kupang"), partners);
        assertFalse(partners.contains("UNHCR Jakarta"), "Jakarta's partner is not Kupang's: " + partners);

        String iom = SuakaClient.parse(SuakaClient.officer().get("/api/v1/partners").body()).asJsonArray()
                .getValuesAs(JsonObject.class).stream().filter(p -> p.getString("name").equals("IOM Kupang"))
                .findFirst().orElseThrow().getString("id");
        String visits = PdfText.of(SuakaClient.officer().getBytes("/api/v1/reports/visits-list?organisation=" + iom).body());
        assertTrue(visits.contains("11 September 2024"), visits);
        assertEquals(400, SuakaClient.officer().getBytes("/api/v1/reports/visits-list").statusCode(),
                "the organisation is required");

        String population = PdfText.of(SuakaClient.officer().getBytes("/api/v1/reports/population-list?date=2024-09-30")
                .body());
        assertTrue(population.contains("Afganistan"), population);
        for (String report : new String[] {"partners-list", "visits-list", "population-list"}) {
            Files.delete(PLUGINS.resolve(report + ".report.properties"));
            awaitGone(report + ".report.properties");
        }
    }

    private HttpResponse<String> upload(String file, byte[] content) {
        return admin.postBytes("/api/v1/reports/plugins?file=" + java.net.URLEncoder.encode(file, StandardCharsets.UTF_8),
                "application/zip", content);
    }

    private static void assertRefused(HttpResponse<String> response, String reason) {
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains(reason), reason + " not in " + response.body());
    }

    private static int lineOf(String text, String fragment) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(fragment)) {
                return i + 1;
            }
        }
        throw new AssertionError(fragment + " not in the template");
    }

    private JsonObject awaitReport(String id, Predicate<JsonObject> condition) throws InterruptedException {
        return await("report " + id, () -> list("/api/v1/reports").filter(r -> r.getString("id").equals(id))
                .filter(condition).findFirst());
    }

    private JsonObject awaitPlugin(String file, Predicate<JsonObject> condition) throws InterruptedException {
        return await("plugin " + file, () -> list("/api/v1/reports/plugins")
                .filter(p -> p.getString("file").equals(file)).filter(condition).findFirst());
    }

    private void awaitGone(String file) throws InterruptedException {
        await("removal of " + file, () -> list("/api/v1/reports/plugins")
                .noneMatch(p -> p.getString("file").equals(file)) ? Optional.of(JsonObject.EMPTY_JSON_OBJECT)
                        : Optional.empty());
    }

    private java.util.stream.Stream<JsonObject> list(String path) {
        HttpResponse<String> response = admin.get(path);
        assertEquals(200, response.statusCode(), response.body());
        return SuakaClient.parse(response.body()).asJsonArray().getValuesAs(JsonObject.class).stream();
    }

    private static JsonObject await(String what, java.util.function.Supplier<Optional<JsonObject>> probe)
            throws InterruptedException {
        Instant until = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(until)) {
            Optional<JsonObject> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(250);
        }
        throw new AssertionError(what + " did not appear within " + WAIT);
    }
}
