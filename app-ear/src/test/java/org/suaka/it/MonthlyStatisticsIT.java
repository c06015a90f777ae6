package org.suaka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.suaka.platform.testing.PdfText;

/**
 * The September 2024 monthly statistics of Rudenim Kupang, from the demo data through every module
 * to the official PDF, read back as text.
 */
@ExtendWith(ArquillianExtension.class)
class MonthlyStatisticsIT extends SuakaDeployment {

    private static String text(byte[] pdf) {
        return PdfText.of(pdf);
    }

    private static long figure(String text, String label) {
        Matcher m = Pattern.compile(Pattern.quote(label) + " (\\d+)").matcher(text);
        assertTrue(m.find(), label + " not found in:\n" + text);
        return Long.parseLong(m.group(1));
    }

    /**
     * The previous month's statistics are issued by the schedule (a minute after start, since the 1st at
     * 07:00 office time has passed), once per office: a second look finds the run claimed.
     */
    @Test
    void thePreviousMonthIsIssuedOnceByTheSchedule() throws InterruptedException {
        String month = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Makassar")).minusMonths(1).toString();
        String path = "/api/v1/reports/issued?report=monthly-statistics&user=system:monthly-statistics&limit=50";
        java.time.Instant until = java.time.Instant.now().plusSeconds(150);
        JsonArray scheduled = SuakaClient.json(SuakaClient.viewer().get(path)).getJsonArray("items");
        while (scheduled.isEmpty() && java.time.Instant.now().isBefore(until)) {
            Thread.sleep(1000);
            scheduled = SuakaClient.json(SuakaClient.viewer().get(path)).getJsonArray("items");
        }
        assertEquals(1, scheduled.size(), scheduled.toString());
        assertEquals("month=" + month, scheduled.getJsonObject(0).getString("arguments"));
        JsonArray jakarta = SuakaClient.json(SuakaClient.as("officer-jakarta", "jakarta-demo").get(path)).getJsonArray("items");
        assertEquals(1, jakarta.size(), "Jakarta's own statistics: " + jakarta);
    }

    @Test
    void septemberReportShows171PersonsInTheThreeKupangHotels() throws IOException {
        HttpResponse<byte[]> response = SuakaClient.viewer().getBytes("/api/v1/reports/monthly-statistics?month=2024-09");
        try (org.apache.pdfbox.pdmodel.PDDocument signed = org.apache.pdfbox.Loader.loadPDF(response.body())) {
            var signatures = signed.getSignatureDictionaries();
            assertEquals(1, signatures.size(), "every issued document carries a PAdES signature");
            assertEquals("ETSI.CAdES.detached", signatures.get(0).getSubFilter());
            int[] range = signatures.get(0).getByteRange();
            assertEquals(response.body().length, range[2] + range[3], "the signature covers the whole file");
        }

        assertEquals(200, response.statusCode());
        assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElseThrow());
        String text = text(response.body());
        assertTrue(text.contains("RUMAH DETENSI IMIGRASI KUPANG"), text);
        assertTrue(text.contains("171 orang"), text);
        assertTrue(text.contains("keadaan per 30 September 2024"), text);
        assertTrue(Pattern.compile("Kupang, \\d{1,2} \\w+ \\d{4}").matcher(text).find(), text);
        assertTrue(text.contains("Ma'mum"), text);
        assertTrue(text.contains("Halaman 1 dari 2") && text.contains("Halaman 2 dari 2"), text);
        assertTrue(text.contains(response.headers().firstValue("X-Document-Number").orElseThrow()), text);

        long inHotels = figure(text, "Hotel Lavender Kupang") + figure(text, "Hotel Ina Bo'i")
                + figure(text, "Hotel Kupang Inn");
        assertEquals(171, inHotels);
        assertEquals(171, figure(text, "Afganistan (AFG)") + figure(text, "Pakistan (PAK)"));
        assertEquals(171, figure(text, "Laki-laki") + figure(text, "Perempuan"));
        assertEquals(171, figure(text, "0-4 tahun") + figure(text, "5-11 tahun") + figure(text, "12-17 tahun")
                + figure(text, "18-59 tahun") + figure(text, "60+ tahun"));
        Matcher families = Pattern.compile("Dalam keluarga \\((\\d+) keluarga\\) (\\d+)").matcher(text);
        assertTrue(families.find(), text);
        assertEquals(171, Long.parseLong(families.group(2)) + figure(text, "Sendiri"));
        assertTrue(Long.parseLong(families.group(1)) > 10, "the scenario's families: " + families.group(1));
        assertEquals(figure(text, "Afganistan (AFG)"), figure(text, "Afganistan (AFG) · Laki-laki")
                + figure(text, "Afganistan (AFG) · Perempuan"), "nationality by sex adds up to the nationality");
        assertEquals(171, Pattern.compile("\\([A-Z]{3}\\) · (Laki-laki|Perempuan) (\\d+)").matcher(text).results()
                .mapToLong(m -> Long.parseLong(m.group(2))).sum(), "nationality by sex adds up to 171");
        assertTrue(text.contains("Pengungsi menurut kewarganegaraan dan jenis kelamin"), "the chart's heading: " + text);
    }

    /** August 2024's exits by reason: the demo's resettlement to Canada on 8 August. */
    @Test
    void augustReportCountsTheMonthsExitsByReason() throws IOException {
        String text = text(SuakaClient.viewer().getBytes("/api/v1/reports/monthly-statistics?month=2024-08").body());

        assertTrue(text.contains("Keluar Selama Bulan Ini"), text);
        assertEquals(1, figure(text, "Ditempatkan di negara ketiga"));
    }

    @Test
    void theReportAgreesWithTheOccupancyApi() throws IOException {
        JsonArray occupancy = SuakaClient.parse(SuakaClient.viewer()
                .get("/api/v1/shelters/occupancy?date=2024-09-30").body()).asJsonArray();
        String text = text(SuakaClient.viewer().getBytes("/api/v1/reports/monthly-statistics?month=2024-09").body());

        long housed = 0;
        for (JsonObject shelter : occupancy.getValuesAs(JsonObject.class)) {
            long occupants = shelter.getJsonNumber("occupants").longValue();
            if (occupants > 0) {
                assertEquals(occupants, figure(text, shelter.getString("shelterName")));
                housed += occupants;
            } else {
                assertFalse(text.contains(shelter.getString("shelterName")), "empty shelters are left out");
            }
        }
        assertEquals(171, housed);
    }

    @Test
    void englishEditionOnRequest() throws IOException {
        String text = text(SuakaClient.viewer().getBytes("/api/v1/reports/monthly-statistics?month=2024-09&lang=en").body());

        assertTrue(text.contains("as of 30 September 2024"), text);
        assertTrue(text.contains("171 persons"), text);
    }

    @Test
    void anIssuedPdfVerifiesAndATamperedOneDoesNot() {
        HttpResponse<byte[]> issued = SuakaClient.officer().getBytes("/api/v1/reports/monthly-statistics?month=2024-09");
        String code = issued.headers().firstValue("X-Verification-Code").orElseThrow();

        JsonObject record = SuakaClient.json(SuakaClient.viewer().get("/api/v1/reports/verify/" + code));
        assertEquals("officer", record.getString("issuedBy"));
        assertEquals("month=2024-09", record.getString("arguments"));

        JsonObject genuine = SuakaClient.json(SuakaClient.viewer()
                .postBytes("/api/v1/reports/verify/" + code, "application/pdf", issued.body()));
        assertTrue(genuine.getBoolean("issued"));
        assertTrue(genuine.getBoolean("unchanged"));

        byte[] tampered = issued.body().clone();
        tampered[tampered.length / 3] ^= 0x20;
        JsonObject forged = SuakaClient.json(SuakaClient.viewer()
                .postBytes("/api/v1/reports/verify/" + code, "application/pdf", tampered));
        assertTrue(forged.getBoolean("issued"));
        assertFalse(forged.getBoolean("unchanged"));

        assertEquals(404, SuakaClient.viewer().get("/api/v1/reports/verify/AAAA-BBBB-CCCC-DDDD").statusCode());
    }

    @Test
    void theKeptFiguresAgreeWithTheFullCountForAdministratorsOnly() {
        SuakaClient ditjen = SuakaClient.as("ditjen", "ditjen-demo");
        for (String day : List.of("2016-05-01", "2024-08-31", "2024-09-30", LocalDate.now().toString())) {
            JsonObject check = SuakaClient.json(ditjen.get("/api/v1/statistics/consistency?date=" + day));
            assertTrue(check.getBoolean("agree"), day + ": " + check);
            assertEquals(0, check.getJsonArray("differences").size());
        }
        assertEquals(403, SuakaClient.officer().get("/api/v1/statistics/consistency?date=2024-09-30").statusCode());
    }

    @Test
    void aMalformedMonthIsA400NamingTheParameter() {
        HttpResponse<String> response = SuakaClient.viewer().get("/api/v1/reports/monthly-statistics?month=2024-13");

        assertEquals(400, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("month", SuakaClient.json(response).getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void anUnknownReportIsA404() {
        assertEquals(404, SuakaClient.viewer().get("/api/v1/reports/no-such-report?month=2024-09").statusCode());
    }

    @Test
    void theCatalogueListsTheMonthlyStatistics() {
        JsonArray catalogue = SuakaClient.parse(SuakaClient.viewer().get("/api/v1/reports").body()).asJsonArray();

        assertTrue(catalogue.getValuesAs(JsonObject.class).stream()
                .anyMatch(r -> r.getString("id").equals("monthly-statistics")
                        && r.getString("title").equals("Laporan Bulanan Pengungsi Luar Negeri")));
    }

    @Test
    void theAuditCheckpointIsIssuedAsAnOfficialPdfToAdministratorsOnly() throws IOException {
        SuakaClient admin = SuakaClient.as("admin", "admin-demo");
        JsonObject checkpoint = SuakaClient.json(admin.postJson("/api/v1/audit/checkpoint", "{}"));
        int viewerRefused = SuakaClient.viewer().getBytes("/api/v1/reports/audit-checkpoint").statusCode();

        HttpResponse<byte[]> response = admin.getBytes("/api/v1/reports/audit-checkpoint");

        assertEquals(200, response.statusCode());
        String text = text(response.body());
        assertTrue(text.contains("TITIK PERIKSA JEJAK AUDIT"), text);
        assertTrue(text.contains(checkpoint.getString("headHash")), "the head hash is printed in full: " + text);
        assertTrue(text.replaceAll("\\s+", " ").contains("Jumlah entri dalam rantai "
                + checkpoint.getJsonNumber("chainSeq").longValue()), text);
        assertEquals(403, viewerRefused, "only administrators may issue it");
    }

    @Test
    void anIssuedDocumentIsListedDownloadedAsIssuedAndRevokedWithAReason() {
        HttpResponse<byte[]> issued = SuakaClient.viewer().getBytes("/api/v1/reports/monthly-statistics?month=2024-09");
        String code = issued.headers().firstValue("X-Verification-Code").orElseThrow();
        SuakaClient supervisor = SuakaClient.as("supervisor", "supervisor-demo");
        SuakaClient jakartaOfficer = SuakaClient.as("officer-jakarta", "jakarta-demo");

        JsonArray listed = SuakaClient.json(SuakaClient.viewer()
                .get("/api/v1/reports/issued?report=monthly-statistics&limit=20")).getJsonArray("items");
        HttpResponse<byte[]> again = SuakaClient.viewer().getBytes("/api/v1/reports/issued/" + code + "/pdf");

        assertTrue(listed.getValuesAs(JsonObject.class).stream()
                .anyMatch(d -> d.getString("verificationCode").equals(code)), listed.toString());
        assertTrue(java.util.Arrays.equals(issued.body(), again.body()), "the archived bytes, not a new rendering");
        assertEquals(404, jakartaOfficer.getBytes("/api/v1/reports/issued/" + code + "/pdf").statusCode());
        assertFalse(jakartaOfficer.get("/api/v1/reports/issued?limit=500").body().contains(code));
        assertEquals(400, SuakaClient.viewer().get("/api/v1/reports/issued?month=September").statusCode());

        assertEquals(403, SuakaClient.officer().postJson("/api/v1/reports/issued/" + code + "/revoke",
                "{\"reason\": \"Angka keliru\"}").statusCode());
        assertEquals(400, supervisor.postJson("/api/v1/reports/issued/" + code + "/revoke", "{\"reason\": \" \"}")
                .statusCode());
        HttpResponse<String> revoked = supervisor.postJson("/api/v1/reports/issued/" + code + "/revoke",
                "{\"reason\": \"Angka keliru: diganti dengan dokumen berikutnya\"}");
        assertEquals(200, revoked.statusCode(), revoked.body());
        assertEquals(409, supervisor.postJson("/api/v1/reports/issued/" + code + "/revoke",
                "{\"reason\": \"Sekali lagi\"}").statusCode());
        JsonObject verdict = SuakaClient.json(SuakaClient.viewer().postBytes("/api/v1/reports/verify/" + code,
                "application/pdf", issued.body()));
        assertTrue(verdict.getBoolean("unchanged"), verdict.toString());
        assertEquals("Angka keliru: diganti dengan dokumen berikutnya",
                verdict.getJsonObject("record").getJsonObject("revocation").getString("reason"), verdict.toString());
    }

    /**
     * Laporan Hunian Tempat Penampungan on 30 September 2024: the Kupang shelters house the scenario's 171
     * persons, each hotel's rooms adding up to its total.
     */
    @Test
    void theOccupancyReportCountsTheHotelsAndTheirRooms() throws IOException {
        HttpResponse<byte[]> response = SuakaClient.viewer().getBytes("/api/v1/reports/shelter-occupancy?date=2024-09-30");
        assertEquals(200, response.statusCode(), new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
        String text = text(response.body());
        assertTrue(text.contains("LAPORAN HUNIAN TEMPAT PENAMPUNGAN"), text);
        assertTrue(text.contains("171 orang dari kapasitas"), text);
        Matcher inaBoi = Pattern.compile("Hotel Ina Bo'i 65 (\\d+)").matcher(text);
        assertTrue(inaBoi.find(), text);
        long rooms = Pattern.compile("Kamar \\d+ \\d+ (\\d+)").matcher(text.substring(inaBoi.end(),
                text.indexOf("Hotel", inaBoi.end()) < 0 ? text.length() : text.indexOf("Hotel", inaBoi.end())))
                .results().mapToLong(m -> Long.parseLong(m.group(1))).sum();
        assertEquals(Long.parseLong(inaBoi.group(1)), rooms, "the rooms of Hotel Ina Bo'i add up to its total");
    }
}
