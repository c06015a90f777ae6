package org.suaka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonObject;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Exports read back with a real XLSX reader and a CSV parser: the rows the API lists, in the caller's scope.
 */
@ExtendWith(ArquillianExtension.class)
class DataExchangeIT extends SuakaDeployment {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static List<List<String>> xlsx(HttpResponse<byte[]> response) throws IOException {
        assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(XLSX));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    cells.add(row.getCell(i) == null ? "" : row.getCell(i).toString());
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    /** @return five random lowercase letters, to make the names of one run unique */
    private static String letters() {
        java.util.Random random = new java.util.Random();
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.toString();
    }

    private static long total(SuakaClient client, String query) {
        return SuakaClient.json(client.get("/api/v1/persons?limit=1&" + query)).getJsonNumber("total").longValue();
    }

    @Test
    void thePersonListExportsAsFilteredToXlsxAndCsv() throws IOException {
        SuakaClient officer = SuakaClient.officer();
        List<List<String>> pakistanis = xlsx(officer.getBytes("/api/v1/exports/persons?nationality=PAK&format=xlsx"));
        assertEquals(List.of("Nama depan", "Nama keluarga", "Jenis kelamin", "Tanggal lahir", "Kewarganegaraan"),
                pakistanis.get(0).subList(0, 5));
        assertEquals(total(officer, "nationality=PAK"), pakistanis.size() - 1);
        assertTrue(pakistanis.stream().skip(1).allMatch(row -> row.get(4).equals("PAK")), pakistanis.toString());

        HttpResponse<byte[]> csv = officer.getBytes("/api/v1/exports/persons?format=csv&lang=en");
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        byte[] body = csv.body();
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new InputStreamReader(new ByteArrayInputStream(body, 3, body.length - 3),
                StandardCharsets.UTF_8)).getRecords();
        assertEquals("Given name", records.get(0).get(0));
        assertEquals(total(officer, ""), records.size() - 1, "every person of the office, past the first page of 500");

        SuakaClient jakarta = SuakaClient.as("officer-jakarta", "jakarta-demo");
        List<List<String>> ofJakarta = xlsx(jakarta.getBytes("/api/v1/exports/persons"));
        assertEquals(total(jakarta, ""), ofJakarta.size() - 1, "Jakarta's persons only");
        assertTrue(total(jakarta, "") < total(officer, ""));
    }

    @Test
    void partnerStaffExportOnlyWhatTheirAgreementGrants() throws IOException {
        SuakaClient iom = SuakaClient.as("iom", "iom-demo");
        List<List<String>> rows = xlsx(iom.getBytes("/api/v1/exports/persons"));
        int supervisedFrom = rows.get(0).indexOf("Diawasi sejak");
        assertTrue(rows.size() > 1);
        assertTrue(rows.stream().skip(1).allMatch(row -> row.size() <= supervisedFrom || row.get(supervisedFrom).isEmpty()),
                "no supervision dates for IOM");
        assertTrue(rows.stream().skip(1).anyMatch(row -> !row.get(0).isEmpty()), "identity is granted");
        assertEquals(403, iom.getBytes("/api/v1/exports/statistics?date=2024-09-30").statusCode());
    }

    @Test
    void aSheltersOccupantsAndTheStatisticsTablesExport() throws IOException {
        SuakaClient viewer = SuakaClient.viewer();
        JsonObject shelter = SuakaClient.parse(viewer.get("/api/v1/shelters").body()).asJsonArray().getJsonObject(0);
        int occupants = SuakaClient.parse(viewer.get("/api/v1/shelters/" + shelter.getString("id") + "/occupants?date=2024-09-30")
                .body()).asJsonObject().getInt("total");
        List<List<String>> sheet = xlsx(viewer.getBytes("/api/v1/exports/occupants?shelter=" + shelter.getString("id")
                + "&date=2024-09-30"));
        assertEquals(occupants, sheet.size() - 1);

        List<List<String>> tables = xlsx(viewer.getBytes("/api/v1/exports/statistics?date=2024-09-30"));
        double total = Double.parseDouble(tables.get(1).get(2));
        double byNationalityAndSex = tables.stream().filter(row -> row.get(0).equals("Kewarganegaraan dan jenis kelamin"))
                .mapToDouble(row -> Double.parseDouble(row.get(2))).sum();
        assertEquals(171.0, total, "the seed's 171 refugees on 30 September 2024");
        assertEquals(total, byNationalityAndSex);
        assertEquals(400, viewer.getBytes("/api/v1/exports/statistics?date=2024-09-30&format=xls").statusCode());
    }

    /**
     * A CSV in Windows-1252 with semicolons, as an office's Excel saves it: new persons, a transliterated duplicate
     * of a demo person, a repeated row and bad rows are told apart before anything is written; the import creates
     * the new ones only, and importing the file again creates nobody.
     */
    @Test
    void aCsvOfTheOfficeImportsOnceWithItsDuplicateFoundAndItsBadRowsRefused() throws IOException {
        SuakaClient officer = SuakaClient.officer();
        JsonObject demo = SuakaClient.json(officer.get("/api/v1/persons?nationality=AFG&limit=1")).getJsonArray("items")
                .getJsonObject(0);
        String tag = letters();
        String csv = String.join("\r\n", "Nama depan;Nama keluarga;Jenis kelamin;Tanggal lahir;Kewarganegaraan;Diawasi sejak",
                "Gülalai;Wardak" + tag + ";P;14/02/1996;Afganistan;01/11/2026",
                "Sher;Khan" + tag + ";L;1988-07-01;PAK;01/11/2026",
                demo.getString("givenName") + ";" + demo.getString("familyName", "") + ";"
                        + (demo.getString("sex").equals("MALE") ? "L" : "P") + ";" + demo.getString("dateOfBirth") + ";AFG;",
                "Sher;Khan" + tag + ";L;01/07/1988;Pakistan;01/11/2026",
                "Nadia;Rasuli" + tag + ";X;31/02/1990;Atlantis;", "");
        byte[] file = csv.getBytes(java.nio.charset.Charset.forName("windows-1252"));
        long before = total(officer, "");

        JsonObject preview = SuakaClient.json(officer.postBytes("/api/v1/imports/preview", "text/csv", file));
        assertEquals(2, preview.getInt("newRows"), preview.toString());
        assertEquals(1, preview.getInt("duplicates"), preview.toString());
        assertEquals(1, preview.getInt("repeated"), preview.toString());
        assertEquals(1, preview.getInt("invalid"), preview.toString());
        assertTrue(preview.toString().contains("G\u00fclalai Wardak" + tag), "the Windows-1252 diacritic is read: " + preview);
        assertEquals(before, total(officer, ""), "a preview writes nothing");

        JsonObject imported = SuakaClient.json(officer.postBytes("/api/v1/imports", "text/csv", file));
        assertEquals(2, imported.getInt("created"), imported.toString());
        assertEquals(1, imported.getInt("linked"));
        assertEquals(1, imported.getJsonArray("refused").size());
        assertEquals(before + 2, total(officer, ""));

        JsonObject again = SuakaClient.json(officer.postBytes("/api/v1/imports", "text/csv", file));
        assertEquals(0, again.getInt("created"), "the same file twice creates nobody new: " + again);
        assertEquals(before + 2, total(officer, ""));
        assertEquals(403, SuakaClient.viewer().postBytes("/api/v1/imports/preview", "text/csv", file).statusCode());
    }

    @Test
    void anXlsxWorkbookImportsWithItsDateCellsRead() throws IOException {
        SuakaClient officer = SuakaClient.officer();
        String family = "Hazara" + letters();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Data");
            Row header = sheet.createRow(0);
            List<String> names = List.of("Given name", "Family name", "Sex", "Date of birth", "Nationality");
            for (int i = 0; i < names.size(); i++) {
                header.createCell(i).setCellValue(names.get(i));
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("Ali Reza");
            row.createCell(1).setCellValue(family);
            row.createCell(2).setCellValue("Male");
            org.apache.poi.ss.usermodel.Cell born = row.createCell(3);
            born.setCellValue(java.time.LocalDate.of(2001, 9, 14));
            org.apache.poi.ss.usermodel.CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            born.setCellStyle(date);
            row.createCell(4).setCellValue("Afghanistan");
            workbook.write(out);
        }
        JsonObject imported = SuakaClient.json(officer.postBytes("/api/v1/imports", XLSX, out.toByteArray()));
        assertEquals(1, imported.getInt("created"), imported.toString());
        JsonObject person = SuakaClient.json(officer.get("/api/v1/persons?name=" + family)).getJsonArray("items").getJsonObject(0);
        assertEquals("2001-09-14", person.getString("dateOfBirth"));
    }

    /**
     * The import as a job, through a mapping saved by name for a file whose headers Suaka does not know: the
     * preview runs in the background and is read page by page, the officer skips one new row, the apply runs in
     * the background, and a second job on the same file creates nobody. Another office's officer does not see
     * the job; a job done is not applied again.
     */
    @Test
    void aJobImportsAFileOfOddHeadersThroughASavedMappingAndAgainCreatesNobody() {
        SuakaClient officer = SuakaClient.officer();
        String tag = letters();
        String mapping = "Daftar IOM " + tag;
        JsonObject saved = SuakaClient.json(officer.postJson("/api/v1/imports/mappings", "{\"name\": \"" + mapping
                + "\", \"headers\": {\"GIVEN_NAME\": \"Nm\", \"FAMILY_NAME\": \"Fam\", \"SEX\": \"Klm\","
                + " \"DATE_OF_BIRTH\": \"Lhr\", \"NATIONALITY\": \"Ngr\", \"SUPERVISED_FROM\": \"Sejak\"}}"));
        assertEquals(mapping, saved.getString("name"));
        JsonObject demo = SuakaClient.json(officer.get("/api/v1/persons?nationality=PAK&limit=1")).getJsonArray("items")
                .getJsonObject(0);
        String csv = String.join("\n", "Nm,Fam,Klm,Lhr,Ngr,Sejak",
                "Zarghuna,Popal" + tag + ",P,1999-03-08,Afghanistan,2026-11-02",
                "Khalid,Afridi" + tag + ",L,12/12/1985,PAK,2026-11-02",
                demo.getString("givenName") + "," + demo.getString("familyName", "") + "," + (demo.getString("sex").equals("MALE") ? "L" : "P")
                        + "," + demo.getString("dateOfBirth") + ",PAK,",
                "Bibi,Gul" + tag + ",P,1870-01-01,AFG,", "");
        byte[] file = csv.getBytes(StandardCharsets.UTF_8);
        long before = total(officer, "");

        HttpResponse<String> started = officer.postBytes("/api/v1/imports/jobs?fileName=iom-" + tag + ".csv&mapping="
                + java.net.URLEncoder.encode(mapping, StandardCharsets.UTF_8), "text/csv", file);
        assertEquals(202, started.statusCode(), started.body());
        String job = started.headers().firstValue("Location").orElseThrow();
        job = job.substring(job.indexOf("/api/v1/"));
        JsonObject previewed = awaitState(officer, job, "READY");
        assertTrue(job.endsWith(previewed.getString("id")), "the job's id is its address's last segment: " + previewed);
        assertEquals(4, previewed.getInt("total"));
        assertEquals(2, previewed.getInt("newRows"), previewed.toString());
        assertEquals(1, previewed.getInt("duplicates"), previewed.toString());
        assertEquals(1, previewed.getInt("invalid"), previewed.toString());
        assertEquals(before, total(officer, ""), "a preview writes nothing");
        JsonObject duplicate = SuakaClient.json(officer.get(job + "/rows?outcome=DUPLICATE")).getJsonArray("items").getJsonObject(0);
        assertEquals(demo.getString("id"), duplicate.getJsonObject("candidate").getString("personId"));
        assertEquals(404, SuakaClient.as("officer-jakarta", "jakarta-demo").get(job).statusCode(), "another office's job");
        assertEquals(403, SuakaClient.viewer().get(job).statusCode());

        assertEquals(202, officer.postBytes(job + "/apply?skip=3", "text/csv", new byte[0]).statusCode());
        JsonObject done = awaitState(officer, job, "DONE");
        assertEquals(1, done.getInt("created"), done.toString());
        assertEquals(1, done.getInt("linked"), done.toString());
        assertEquals(1, done.getInt("skipped"), done.toString());
        assertEquals(1, done.getInt("invalid"), done.toString());
        assertEquals(before + 1, total(officer, ""));
        assertEquals(1, total(officer, "name=Popal" + tag));
        assertEquals(0, total(officer, "name=Afridi" + tag), "the row skipped is not registered");
        assertEquals(409, officer.postBytes(job + "/apply", "text/csv", new byte[0]).statusCode(), "a job done is not applied again");

        String again = officer.postBytes("/api/v1/imports/jobs?fileName=iom-" + tag + ".csv&mapping="
                + java.net.URLEncoder.encode(mapping, StandardCharsets.UTF_8), "text/csv", file).headers().firstValue("Location")
                .orElseThrow();
        again = again.substring(again.indexOf("/api/v1/"));
        assertEquals(2, awaitState(officer, again, "READY").getInt("duplicates"), "Zarghuna is now registered");
        officer.postBytes(again + "/apply?skip=3", "text/csv", new byte[0]);
        assertEquals(0, awaitState(officer, again, "DONE").getInt("created"));
        assertEquals(before + 1, total(officer, ""), "the same file again creates nobody");
    }

    /**
     * Rows of one family group are imported together and made one family under the row that heads it; a group
     * with a refused row is refused whole, each of its rows saying why.
     */
    @Test
    void aFamilyGroupImportsWholeAsOneFamilyOrNotAtAll() {
        SuakaClient officer = SuakaClient.officer();
        String tag = letters();
        String shelter = "Wisma Oesapa " + tag;
        String shelterId = SuakaClient.json(officer.postJson("/api/v1/shelters", "{\"name\": \"" + shelter + "\", \"address\":"
                + " \"Jl. Timor Raya No. 40\", \"city\": \"Kupang\", \"capacity\": 10, \"type\": \"HOTEL\"}")).getString("id");
        String csv = String.join("\n", "Nama depan,Nama keluarga,Jenis kelamin,Tanggal lahir,Kewarganegaraan,Kelompok keluarga,Hubungan,"
                + "Penampungan,Ditempatkan sejak,Diawasi sejak,Jenis dokumen,Nomor dokumen",
                "Mahbooba,Sadat" + tag + ",P,1988-02-01,AFG,KK-1,Istri," + shelter + ",03/11/2026,01/11/2026,Paspor,P" + tag.toUpperCase(java.util.Locale.ROOT) + "1",
                "Ahmad Zia,Sadat" + tag + ",L,1985-05-20,AFG,KK-1,Kepala keluarga," + shelter.toUpperCase(java.util.Locale.ROOT)
                        + ",,02/11/2026,Tazkira,1400-0101-77821",
                "Farzana,Sadat" + tag + ",P,2012-11-09,AFG,KK-1,Anak,,,01/11/2026,,",
                "Yasin,Baloch" + tag + ",L,1979-01-01,PAK,KK-2,Kepala keluarga,Hotel Tidak Ada,,,Kartu Sakti,123",
                "Saima,Baloch" + tag + ",P,31/02/1983,PAK,KK-2,Istri,,,,,",
                "Omar,Baloch" + tag + ",L,2010-04-04,PAK,KK-2,Anak,,,,,", "");
        long before = total(officer, "");
        String job = officer.postBytes("/api/v1/imports/jobs?fileName=keluarga.csv&lang=id", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)).headers().firstValue("Location").orElseThrow();
        job = job.substring(job.indexOf("/api/v1/"));
        JsonObject previewed = awaitState(officer, job, "READY");
        assertEquals(3, previewed.getInt("newRows"), previewed.toString());
        assertEquals(3, previewed.getInt("invalid"), "Omar is refused with his parents' rows: " + previewed);
        String reasons = SuakaClient.json(officer.get(job + "/rows?outcome=INVALID")).toString();
        assertTrue(reasons.contains("Kelompok keluarga: baris lain dari kelompok keluarga ini ditolak"), reasons);
        assertTrue(reasons.contains("Tanggal lahir: \u201c31/02/1983\u201d bukan tanggal"), "the reasons are in Indonesian: " + reasons);
        assertTrue(reasons.contains("Penampungan: \u201cHotel Tidak Ada\u201d bukan penampungan kantor ini"), reasons);
        assertTrue(reasons.contains("Jenis dokumen: \u201cKartu Sakti\u201d bukan jenis dokumen"), reasons);

        officer.postBytes(job + "/apply", "text/csv", new byte[0]);
        JsonObject done = awaitState(officer, job, "DONE");
        assertEquals(3, done.getInt("created"), done.toString());
        assertEquals(before + 3, total(officer, ""));
        assertEquals(0, total(officer, "name=Baloch" + tag), "nothing of the refused group is written");
        String mother = SuakaClient.json(officer.get("/api/v1/persons?name=Mahbooba")).getJsonArray("items").stream()
                .map(jakarta.json.JsonValue::asJsonObject).filter(p -> p.getString("familyName").equals("Sadat" + tag)).findFirst()
                .orElseThrow().getString("id");
        JsonObject family = SuakaClient.json(officer.get("/api/v1/persons/" + mother + "/family"));
        assertEquals(3, family.getJsonArray("members").size(), family.toString());
        assertTrue(family.toString().contains("\"HEAD\"") && family.toString().contains("Ahmad Zia"), family.toString());
        assertTrue(officer.get("/api/v1/persons/" + mother + "/documents").body().contains("\"PASSPORT\""), "her passport is recorded");
        String occupants = officer.get("/api/v1/shelters/" + shelterId + "/occupants?date=2026-11-05").body();
        List<String> members = family.getJsonArray("members").stream().map(m -> m.asJsonObject().getString("personId")).toList();
        assertEquals(2, members.stream().filter(occupants::contains).count(),
                "the mother placed from 3 November, the head from his first day of supervision, the child not: " + occupants);
    }

    private static JsonObject awaitState(SuakaClient client, String job, String state) {
        return awaitState(client, job, state, 60);
    }

    /**
     * @param client who asks
     * @param job the job's address
     * @param state the state awaited
     * @param seconds how long to wait at most
     * @return the job in that state; fails when it failed or did not get there in time
     */
    static JsonObject awaitState(SuakaClient client, String job, String state, int seconds) {
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(seconds);
        JsonObject now = SuakaClient.json(client.get(job));
        while (!now.getString("state").equals(state)) {
            assertTrue(System.nanoTime() < until && !now.getString("state").equals("FAILED"), "the job is " + now);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            now = SuakaClient.json(client.get(job));
        }
        return now;
    }
}
