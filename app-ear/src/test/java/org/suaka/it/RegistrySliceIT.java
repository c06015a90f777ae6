package org.suaka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The vertical slice through the REST API: register persons, record a shelter, place them, record a
 * partner and its visit, read every record back; and the refusals a client gets for bad requests.
 */
@ExtendWith(ArquillianExtension.class)
class RegistrySliceIT extends SuakaDeployment {

    private final SuakaClient officer = SuakaClient.officer();

    private static String unhcrNumber() {
        return String.format("386-%08d", ThreadLocalRandom.current().nextInt(90_000_000, 99_999_999));
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private JsonObject register(String given, String family, String sex, String nationality) {
        HttpResponse<String> response = officer.postJson("/api/v1/persons?confirmDuplicate=true", """
                {"givenName": "%s", "familyName": "%s", "sex": "%s", "dateOfBirth": "1991-03-21",
                 "nationality": "%s", "unhcrNumber": "%s", "unhcrCaseNumber": "386-23C00417",
                 "supervisedFrom": "2025-01-06"}
                """.formatted(given, family, sex, nationality, unhcrNumber()));
        assertEquals(201, response.statusCode(), response.body());
        return SuakaClient.json(response);
    }

    private JsonObject shelter(String name, int capacity) {
        HttpResponse<String> response = officer.postJson("/api/v1/shelters", """
                {"name": "%s", "address": "Jl. Adi Sucipto, Penfui", "city": "Kupang", "capacity": %d}
                """.formatted(name, capacity));
        assertEquals(201, response.statusCode(), response.body());
        return SuakaClient.json(response);
    }

    private HttpResponse<String> place(String personId, String shelterId) {
        return officer.postJson("/api/v1/placements", """
                {"personId": "%s", "shelterId": "%s", "from": "2025-02-01"}
                """.formatted(personId, shelterId));
    }

    /**
     * A person's status goes from found to a shelter and departs, resettled: the history keeps every change
     * with who recorded it, the departure ends the placement through the registry's event, and the changes
     * that make no sense are refused with the field or the rule.
     */
    @Test
    void theStatusLifecycleAndItsDepartureEvent() {
        JsonObject person = register("Sayed Murtaza", "Jafari", "MALE", "AFG");
        String id = person.getString("id");
        assertEquals("FOUND", person.getString("status"));
        JsonObject placement = SuakaClient.json(place(id, shelter(unique("Wisma Oesapa"), 4).getString("id")));

        JsonObject sheltered = changeStatus(id, 200, """
                {"status": "IN_SHELTER", "effectiveOn": "2025-02-01", "version": %d}""".formatted(person.getInt("version")));
        assertEquals("IN_SHELTER", sheltered.getString("status"));
        int version = sheltered.getInt("version");
        assertEquals("urn:suaka:problem:rule:status-change-refused", problemType(changeStatus(id, 409, """
                {"status": "FOUND", "effectiveOn": "2025-03-01", "version": %d}""".formatted(version))));
        assertTrue(changeStatus(id, 400, """
                {"status": "DEPARTED", "effectiveOn": "2025-06-30", "version": %d}""".formatted(version))
                .toString().contains("reason"));
        assertTrue(changeStatus(id, 400, """
                {"status": "DEPARTED", "effectiveOn": "2025-06-30", "reason": "RESETTLED", "destination": "QQQ",
                 "version": %d}""".formatted(version)).toString().contains("destination"));
        assertEquals(403, SuakaClient.viewer().postJson("/api/v1/persons/" + id + "/status", """
                {"status": "IN_DETENTION_HOUSE", "effectiveOn": "2025-03-01", "version": %d}""".formatted(version))
                .statusCode());

        JsonObject departed = changeStatus(id, 200, """
                {"status": "DEPARTED", "effectiveOn": "2025-06-30", "reason": "RESETTLED", "destination": "nzl",
                 "note": "Berangkat dari Bandara El Tari", "version": %d}""".formatted(version));
        assertEquals("DEPARTED", departed.getString("status"));
        assertEquals("2025-06-30", departed.getString("supervisedUntil"));
        assertEquals("2025-06-30", SuakaClient.json(officer.get("/api/v1/placements/" + placement.getString("id")))
                .getString("until"), "the shelter module ended the placement on the departure day");
        assertEquals("urn:suaka:problem:rule:status-change-refused", problemType(changeStatus(id, 409, """
                {"status": "IN_SHELTER", "effectiveOn": "2025-07-01", "version": %d}""".formatted(departed.getInt("version")))));

        HttpResponse<String> history = SuakaClient.viewer().get("/api/v1/persons/" + id + "/status-history");
        assertEquals(200, history.statusCode(), history.body());
        var changes = SuakaClient.parse(history.body()).asJsonArray();
        assertEquals(3, changes.size(), history.body());
        JsonObject last = changes.getJsonObject(2);
        assertEquals("RESETTLED", last.getString("reason"));
        assertEquals("NZL", last.getString("destination"));
        assertEquals("officer", last.getString("recordedBy"));
        assertEquals("2025-01-06", changes.getJsonObject(0).getString("effectiveOn"), "found on the first day");
    }

    /**
     * A card is issued with a number from the office's pattern, a new one revokes it, anyone signed in (partner
     * staff too) checks a number, and a departure revokes the last card.
     */
    @Test
    void idCardsAreIssuedReissuedCheckedAndRevokedOnDeparture() {
        JsonObject person = register("Ma'soumeh", "Rezaei", "FEMALE", "AFG");
        String id = person.getString("id");

        JsonObject first = issueCard(id, 201, "{\"issuedOn\": \"2025-01-06\", \"validUntil\": \"2025-03-31\"}");
        assertTrue(first.getString("number").matches("KIK-KPG-2025-[0-9]{5}"), first.toString());
        assertEquals("EXPIRED", cardState(SuakaClient.as("iom", "iom-demo"), first.getString("number")), "partner staff may check");
        JsonObject second = issueCard(id, 201, "{\"issuedOn\": \"2025-04-01\", \"validUntil\": \"2030-03-31\"}");
        assertEquals("VALID", second.getString("state"));
        assertEquals("REVOKED", cardState(SuakaClient.viewer(), first.getString("number")));
        assertTrue(issueCard(id, 400, "{\"issuedOn\": \"2025-02-01\", \"validUntil\": \"2025-01-31\"}").toString()
                .contains("validUntil"));
        assertEquals(403, SuakaClient.viewer().postJson("/api/v1/persons/" + id + "/cards", "{}").statusCode());
        assertEquals(404, SuakaClient.viewer().get("/api/v1/cards/check?number=KIK-KPG-1999-00001").statusCode());

        String card = org.suaka.platform.testing.PdfText.of(SuakaClient.viewer()
                .getBytes("/api/v1/reports/id-card?person=" + id).body());
        assertTrue(card.contains("KARTU IDENTITAS KHUSUS PENGUNGSI"), card);
        assertTrue(card.contains(second.getString("number")), card);
        assertTrue(card.contains("Ma'soumeh Rezaei"), card);

        changeStatus(id, 200, """
                {"status": "DEPARTED", "effectiveOn": "2025-06-30", "reason": "VOLUNTARY_RETURN", "version": %d}"""
                .formatted(person.getInt("version")));
        var cards = SuakaClient.parse(officer.get("/api/v1/persons/" + id + "/cards").body()).asJsonArray();
        assertEquals(2, cards.size());
        assertEquals("DEPARTED", cards.getJsonObject(0).getString("revocation"));
        assertEquals("2025-07-01", cards.getJsonObject(0).getString("revokedOn"));
        assertEquals("REVOKED", cardState(SuakaClient.viewer(), second.getString("number")));
        assertEquals("urn:suaka:problem:rule:supervision-ended", problemType(issueCard(id, 409, "{}")));
        assertEquals(409, SuakaClient.viewer().getBytes("/api/v1/reports/id-card?person=" + id).statusCode(),
                "no valid card left to print");
    }

    /** Specific needs are recorded as a whole, filter the list, and an unknown need or status is a clear 400. */
    @Test
    void specificNeedsFilterTheList() {
        String id = register("Shakila", "Noori", "FEMALE", "AFG").getString("id");

        HttpResponse<String> recorded = officer.send("PUT", "/api/v1/persons/" + id + "/vulnerabilities",
                "{\"flags\": [\"SINGLE_WOMAN\", \"SURVIVOR_OF_VIOLENCE\"]}");
        assertEquals(200, recorded.statusCode(), recorded.body());
        assertTrue(SuakaClient.viewer().get("/api/v1/persons/" + id + "/vulnerabilities").body().contains("SURVIVOR_OF_VIOLENCE"));
        assertTrue(SuakaClient.viewer().get("/api/v1/persons?vulnerability=survivor_of_violence&status=FOUND&limit=500")
                .body().contains(id));
        assertFalse(SuakaClient.viewer().get("/api/v1/persons?vulnerability=ELDERLY&limit=500").body().contains(id));
        assertEquals(400, SuakaClient.viewer().get("/api/v1/persons?vulnerability=TALL").statusCode());
        assertEquals(400, SuakaClient.viewer().get("/api/v1/persons?status=ASLEEP").statusCode());
        assertEquals(400, officer.send("PUT", "/api/v1/persons/" + id + "/vulnerabilities", "{\"flags\": [\"TALL\"]}")
                .statusCode());
        assertEquals(403, SuakaClient.viewer().send("PUT", "/api/v1/persons/" + id + "/vulnerabilities", "{\"flags\": []}")
                .statusCode());
        assertEquals(200, officer.send("PUT", "/api/v1/persons/" + id + "/vulnerabilities", "{\"flags\": []}").statusCode());
        assertEquals(0, SuakaClient.json(SuakaClient.viewer().get("/api/v1/persons/" + id + "/vulnerabilities"))
                .getJsonArray("flags").size());
    }

    /**
     * A document is recorded with its scan, checked by content; one that expires within 30 days is on the
     * expiring list; a number another person holds, an expiry before issue and a scan that is not one are refused.
     */
    @Test
    void identityDocumentsWithScansAndTheExpiringList() throws Exception {
        String id = register("Nargis", "Hakimi", "FEMALE", "AFG").getString("id");
        String expires = java.time.LocalDate.now().plusDays(10).toString();
        String number = "P" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);

        HttpResponse<String> recorded = officer.postJson("/api/v1/persons/" + id + "/documents", """
                {"type": "PASSPORT", "number": "%s", "issuer": "Islamic Republic of Afghanistan",
                 "issuedOn": "2020-01-15", "expiresOn": "%s"}""".formatted(number, expires));
        assertEquals(201, recorded.statusCode(), recorded.body());
        String documentId = SuakaClient.json(recorded).getString("id");
        String scanPath = "/api/v1/persons/" + id + "/documents/" + documentId + "/scan";
        byte[] pdf = TestFiles.onePagePdf();

        assertEquals(400, officer.putBytes(scanPath, "application/pdf", "<html>not a scan</html>".getBytes()).statusCode());
        assertEquals(400, officer.putBytes(scanPath, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 1, 2})
                .statusCode());
        HttpResponse<String> scanned = officer.putBytes(scanPath, "image/png", pdf);
        assertEquals(200, scanned.statusCode(), scanned.body());
        assertEquals("application/pdf", SuakaClient.json(scanned).getString("scanType"), "judged by content, not by the header");
        HttpResponse<byte[]> back = SuakaClient.viewer().getBytes(scanPath);
        assertEquals(200, back.statusCode());
        assertEquals("application/pdf", back.headers().firstValue("Content-Type").orElse(""));
        assertTrue(java.util.Arrays.equals(pdf, back.body()));

        assertTrue(SuakaClient.viewer().get("/api/v1/persons/documents/expiring?days=30&limit=500").body().contains(documentId));
        assertFalse(SuakaClient.viewer().get("/api/v1/persons/documents/expiring?days=5&limit=500").body().contains(documentId));

        String other = register("Parwana", "Hakimi", "FEMALE", "AFG").getString("id");
        HttpResponse<String> taken = officer.postJson("/api/v1/persons/" + other + "/documents", """
                {"type": "PASSPORT", "number": "%s"}""".formatted(number.toLowerCase()));
        assertEquals(409, taken.statusCode(), taken.body());
        HttpResponse<String> backwards = officer.postJson("/api/v1/persons/" + other + "/documents", """
                {"type": "NATIONAL_ID", "number": "1400-0101-%d", "issuedOn": "2020-01-15", "expiresOn": "2019-01-15"}"""
                .formatted(ThreadLocalRandom.current().nextInt(10_000, 99_999)));
        assertEquals(400, backwards.statusCode(), backwards.body());
        assertTrue(backwards.body().contains("expiresOn"), backwards.body());
        assertEquals("[]", officer.get("/api/v1/persons/" + other + "/documents").body().strip(), "nothing was kept");
    }

    /**
     * A profile's other spellings are searched like the name; a photo is accepted by its content; a
     * non-image photo and an implausible arrival are refused and change nothing.
     */
    @Test
    void aProfileWithOtherSpellingsAndAPhoto() {
        String surname = "Stanikzai";
        String id = register("Zabihullah", surname, "MALE", "AFG").getString("id");
        HttpResponse<String> recorded = officer.send("PUT", "/api/v1/persons/" + id + "/profile", """
                {"aliases": ["Zabiullah Stanekzay"], "dateOfBirthEstimated": true, "placeOfBirth": "Logar",
                 "ethnicity": "Pashtun", "religion": "Islam", "languages": ["Pashto", "Dari"], "maritalStatus": "SINGLE",
                 "phone": "+62 812 3456 7890", "arrivedOn": "2025-01-05", "foundAt": "Pelabuhan Tenau, Kupang",
                 "foundBy": "Polairud Polda NTT", "fingerprintDevice": "Suprema RealScan-G10",
                 "fingerprintReference": "KPG-FP-2025-0007", "fingerprintTakenOn": "2025-01-06"}""");
        assertEquals(200, recorded.statusCode(), recorded.body());
        assertTrue(SuakaClient.viewer().get("/api/v1/persons?name=Stanekzay&limit=500").body().contains(id),
                "found by the other spelling");

        assertEquals(400, officer.putBytes("/api/v1/persons/" + id + "/photo", "image/png", "not an image".getBytes())
                .statusCode());
        assertEquals(404, SuakaClient.viewer().get("/api/v1/persons/" + id + "/photo").statusCode(), "no photo was kept");
        assertEquals(204, officer.putBytes("/api/v1/persons/" + id + "/photo", "application/octet-stream",
                TestFiles.portraitPng()).statusCode());
        HttpResponse<byte[]> photo = SuakaClient.viewer().getBytes("/api/v1/persons/" + id + "/photo");
        assertEquals("image/png", photo.headers().firstValue("Content-Type").orElse(""));

        HttpResponse<String> early = officer.send("PUT", "/api/v1/persons/" + id + "/profile", """
                {"aliases": [], "languages": [], "arrivedOn": "1980-01-01"}""");
        assertEquals(400, early.statusCode(), early.body());
        assertTrue(early.body().contains("arrivedOn"), early.body());
        assertTrue(SuakaClient.viewer().get("/api/v1/persons/" + id + "/profile").body().contains("Stanekzay"),
                "the refused profile changed nothing");

        HttpResponse<byte[]> record = SuakaClient.viewer().getBytes("/api/v1/reports/person-record?person=" + id);
        assertEquals(200, record.statusCode(), new String(record.body(), java.nio.charset.StandardCharsets.UTF_8));
        String text = org.suaka.platform.testing.PdfText.of(record.body());
        assertTrue(text.contains("DATA INDIVIDU PENGUNGSI"), text);
        assertTrue(text.contains("Zabiullah Stanekzay"), text);
        assertTrue(text.contains("Pelabuhan Tenau, Kupang"), text);
        assertTrue(text.contains("KPG-FP-2025-0007"), text);
        assertTrue(text.contains("Ditemukan"), "the status history: " + text);
        assertTrue(imagesOnFirstPage(record.body()) >= 2, "the QR code and the photo");
    }

    private static int imagesOnFirstPage(byte[] pdf) {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            int images = 0;
            var resources = document.getPage(0).getResources();
            for (var name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) {
                    images++;
                }
            }
            return images;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** UNHCR's decisions are kept with their days; the same status twice and a decision before the last are refused. */
    @Test
    void unhcrStatusWithItsHistory() {
        String id = register("Sakina", "Jafari", "FEMALE", "AFG").getString("id");

        HttpResponse<String> seeker = officer.postJson("/api/v1/persons/" + id + "/unhcr-status",
                "{\"status\": \"ASYLUM_SEEKER\", \"effectiveOn\": \"2025-01-20\"}");
        assertEquals(200, seeker.statusCode(), seeker.body());
        HttpResponse<String> refugee = officer.postJson("/api/v1/persons/" + id + "/unhcr-status",
                "{\"status\": \"REFUGEE\", \"effectiveOn\": \"2025-08-04\", \"note\": \"RSD/2025/0412\"}");
        assertEquals("REFUGEE", SuakaClient.json(refugee).getString("unhcrStatus"));
        assertEquals(409, officer.postJson("/api/v1/persons/" + id + "/unhcr-status",
                "{\"status\": \"REFUGEE\", \"effectiveOn\": \"2025-09-01\"}").statusCode());
        assertEquals(400, officer.postJson("/api/v1/persons/" + id + "/unhcr-status",
                "{\"status\": \"CLOSED\", \"effectiveOn\": \"2025-08-01\"}").statusCode());
        var history = SuakaClient.parse(SuakaClient.viewer().get("/api/v1/persons/" + id + "/unhcr-status-history").body())
                .asJsonArray();
        assertEquals(2, history.size());
        assertEquals("RSD/2025/0412", history.getJsonObject(1).getString("note"));
    }

    /** A head gathers a family, a member moves to another, and the head of a family with members cannot leave. */
    @Test
    void familyGroupsWithTheirMembers() {
        String father = register("Nasir", "Haidari", "MALE", "AFG").getString("id");
        String daughter = register("Nargis", "Haidari", "FEMALE", "AFG").getString("id");
        String aunt = register("Halima", "Haidari", "FEMALE", "AFG").getString("id");

        JsonObject family = joinFamily(father, 200, "{\"relationship\": \"HEAD\"}");
        String familyId = family.getString("id");
        JsonObject two = joinFamily(daughter, 200, "{\"familyId\": \"%s\", \"relationship\": \"CHILD\"}".formatted(familyId));
        assertEquals(2, two.getJsonArray("members").size());
        assertEquals(father, two.getJsonArray("members").getJsonObject(0).getString("personId"), "the head first");
        String auntsFamily = joinFamily(aunt, 200, "{\"relationship\": \"HEAD\"}").getString("id");
        JsonObject moved = joinFamily(daughter, 200, "{\"familyId\": \"%s\", \"relationship\": \"OTHER_RELATIVE\"}"
                .formatted(auntsFamily));
        assertEquals(2, moved.getJsonArray("members").size());
        assertEquals(1, SuakaClient.json(SuakaClient.viewer().get("/api/v1/families/" + familyId)).getJsonArray("members").size());

        joinFamily(daughter, 200, "{\"familyId\": \"%s\", \"relationship\": \"CHILD\"}".formatted(familyId));
        assertTrue(joinFamily(father, 409, "{\"relationship\": \"HEAD\"}").toString().contains("head-has-members"));
        assertTrue(joinFamily(daughter, 400, "{\"familyId\": \"%s\", \"relationship\": \"HEAD\"}".formatted(familyId))
                .toString().contains("relationship"));
        assertEquals(404, officer.send("PUT", "/api/v1/persons/" + daughter + "/family",
                "{\"familyId\": \"%s\", \"relationship\": \"CHILD\"}".formatted(UUID.randomUUID())).statusCode());
        assertEquals(403, SuakaClient.viewer().send("PUT", "/api/v1/persons/" + aunt + "/family",
                "{\"relationship\": \"HEAD\"}").statusCode());
        assertEquals(2, SuakaClient.json(SuakaClient.viewer().get("/api/v1/persons/" + daughter + "/family"))
                .getJsonArray("members").size());
        assertTrue(SuakaClient.viewer().get("/api/v1/families?limit=500").body().contains(familyId));
        JsonObject members = SuakaClient.json(SuakaClient.viewer().get("/api/v1/persons?family=" + familyId));
        assertEquals(2, members.getJsonNumber("total").longValue(), members.toString());
        assertTrue(members.toString().contains(father) && members.toString().contains(daughter), members.toString());

        HttpResponse<String> born = officer.postJson("/api/v1/families/" + familyId + "/births", """
                {"givenName": "Zahra", "familyName": "Haidari", "sex": "FEMALE", "dateOfBirth": "2025-04-14",
                 "placeOfBirth": "RSUD Prof. Dr. W. Z. Johannes, Kupang"}""");
        assertEquals(201, born.statusCode(), born.body());
        JsonObject child = SuakaClient.json(born);
        assertEquals("AFG", child.getString("nationality"), "the head's nationality");
        assertEquals("2025-04-14", child.getString("supervisedFrom"), "under supervision from birth");
        JsonObject grown = SuakaClient.json(SuakaClient.viewer().get("/api/v1/families/" + familyId));
        assertTrue(grown.toString().contains(child.getString("id")) && grown.toString().contains("CHILD"), grown.toString());
        assertTrue(officer.get("/api/v1/persons/" + child.getString("id") + "/profile").body().contains("W. Z. Johannes"));
        for (String bad : List.of("{\"givenName\": \"Zahra\", \"sex\": \"FEMALE\", \"dateOfBirth\": \"2999-01-01\"}",
                "{\"givenName\": \"Zahra\", \"sex\": \"FEMALE\", \"dateOfBirth\": \"2025-04-14\", \"relationship\": \"HEAD\"}")) {
            HttpResponse<String> refused = officer.postJson("/api/v1/families/" + familyId + "/births", bad);
            assertEquals(400, refused.statusCode(), refused.body());
        }
        assertEquals(403, SuakaClient.viewer().postJson("/api/v1/families/" + familyId + "/births",
                "{\"givenName\": \"Zahra\", \"sex\": \"FEMALE\", \"dateOfBirth\": \"2025-04-14\"}").statusCode());
    }

    /**
     * Two records of one person, spelled apart, are merged: the survivor takes on the duplicate's self-reports,
     * cards, documents, needs, family place, placement and its name as another spelling; the duplicate's id
     * still leads to the person; the list shows one person; the merges that make no sense are refused.
     */
    @Test
    void twoRecordsOfOnePersonAreMerged() {
        String family = "Hussaini" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 4);
        String survivor = SuakaClient.json(officer.postJson("/api/v1/persons?confirmDuplicate=true", """
                {"givenName": "Mohammad", "familyName": "%s", "sex": "MALE", "dateOfBirth": "1991-03-21",
                 "nationality": "AFG", "supervisedFrom": "2025-03-02"}""".formatted(family))).getString("id");
        JsonObject duplicateRecord = register("Muhammad", family, "MALE", "AFG");
        String duplicate = duplicateRecord.getString("id");
        String shelterId = shelter(unique("Wisma Naikoten"), 4).getString("id");
        String placement = SuakaClient.json(place(duplicate, shelterId)).getString("id");
        assertEquals(201, officer.postJson("/api/v1/persons/" + duplicate + "/self-reports",
                "{\"reportedOn\": \"2025-02-05\"}").statusCode());
        String card = issueCard(duplicate, 201, "{}").getString("number");
        String passport = "P" + unhcrNumber().replace("-", "");
        assertEquals(201, officer.postJson("/api/v1/persons/" + duplicate + "/documents", """
                {"type": "PASSPORT", "number": "%s", "issuer": "Afghanistan"}""".formatted(passport)).statusCode());
        assertEquals(200, officer.send("PUT", "/api/v1/persons/" + duplicate + "/vulnerabilities",
                "{\"flags\": [\"DISABILITY\"]}").statusCode());
        joinFamily(duplicate, 200, "{\"relationship\": \"HEAD\"}");

        HttpResponse<String> refused = officer.postJson("/api/v1/persons/" + survivor + "/merge",
                "{\"duplicate\": \"%s\"}".formatted(survivor));
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("duplicate"), refused.body());
        assertEquals(403, SuakaClient.viewer().postJson("/api/v1/persons/" + survivor + "/merge",
                "{\"duplicate\": \"%s\"}".formatted(duplicate)).statusCode());

        HttpResponse<String> merged = officer.postJson("/api/v1/persons/" + survivor + "/merge",
                "{\"duplicate\": \"%s\", \"note\": \"Kasus UNHCR dan foto dicocokkan\"}".formatted(duplicate));
        assertEquals(200, merged.statusCode(), merged.body());
        assertEquals(survivor, SuakaClient.json(merged).getString("id"));
        assertEquals(duplicateRecord.getString("unhcrNumber"), SuakaClient.json(merged).getString("unhcrNumber"),
                "the survivor had no UNHCR number: it takes the duplicate's");
        assertEquals("2025-01-06", SuakaClient.json(merged).getString("supervisedFrom"), "the earlier first day");

        assertEquals(survivor, SuakaClient.json(SuakaClient.viewer().get("/api/v1/persons/" + duplicate)).getString("id"),
                "the duplicate's id leads to the survivor");
        assertEquals(survivor, SuakaClient.json(SuakaClient.viewer().get("/api/v1/placements/" + placement))
                .getString("personId"), "the shelter module moved the placement");
        assertEquals(1, SuakaClient.parse(officer.get("/api/v1/persons/" + survivor + "/self-reports").body()).asJsonArray().size());
        assertTrue(officer.get("/api/v1/persons/" + survivor + "/cards").body().contains(card));
        assertEquals("VALID", cardState(officer, card));
        assertEquals(1, SuakaClient.parse(officer.get("/api/v1/persons/" + survivor + "/documents").body()).asJsonArray().size());
        assertTrue(officer.get("/api/v1/persons/" + survivor + "/vulnerabilities").body().contains("DISABILITY"));
        assertEquals(survivor, SuakaClient.json(officer.get("/api/v1/persons/" + survivor + "/family"))
                .getJsonArray("members").getJsonObject(0).getString("personId"), "the survivor heads the family in its place");
        assertTrue(officer.get("/api/v1/persons/" + survivor + "/profile").body().contains("Muhammad " + family),
                "the duplicate's name is another spelling");
        var mergedRecords = SuakaClient.parse(officer.get("/api/v1/persons/" + survivor + "/merged").body()).asJsonArray();
        assertEquals(1, mergedRecords.size());
        assertEquals(duplicate, mergedRecords.getJsonObject(0).getString("id"));
        assertEquals("officer", mergedRecords.getJsonObject(0).getString("mergedBy"));
        String list = officer.get("/api/v1/persons?name=" + family + "&limit=50").body();
        assertTrue(list.contains(survivor) && !list.contains(duplicate), "one person in the list: " + list);
        for (String query : List.of("number=" + passport, "number=" + card, "shelter=" + shelterId)) {
            JsonObject found = SuakaClient.json(officer.get("/api/v1/persons?" + query + "&limit=500"));
            assertTrue(found.toString().contains(survivor) && !found.toString().contains(duplicate), query + ": " + found);
        }
        assertEquals(1, SuakaClient.json(officer.get("/api/v1/persons?number=" + card)).getJsonNumber("total").longValue());

        HttpResponse<String> again = officer.postJson("/api/v1/persons/" + survivor + "/merge",
                "{\"duplicate\": \"%s\"}".formatted(duplicate));
        assertEquals(409, again.statusCode(), again.body());
        assertTrue(again.body().contains("record-merged"), again.body());
        HttpResponse<String> throughTheOldId = officer.postJson("/api/v1/persons/" + duplicate + "/merge",
                "{\"duplicate\": \"%s\"}".formatted(survivor));
        assertEquals(400, throughTheOldId.statusCode(), "the old id is the survivor: " + throughTheOldId.body());
    }

    /**
     * The cards of a whole demo shelter are made in the background: the batch is followed to its end, and the
     * document it issued holds one card per person it counted, numbers read back from the PDF text.
     */
    @Test
    void aShelterBatchOfIdCardsIsFollowedToItsDocument() throws Exception {
        String shelterId = SuakaClient.parse(SuakaClient.viewer().get("/api/v1/shelters").body()).asJsonArray()
                .getValuesAs(JsonObject.class).stream().filter(s -> s.getString("name").equals("Hotel Ina Bo'i"))
                .findFirst().orElseThrow().getString("id");
        HttpResponse<String> started = officer.postJson("/api/v1/card-batches", "{\"shelterId\": \"%s\"}".formatted(shelterId));
        assertEquals(202, started.statusCode(), started.body());
        String location = started.headers().firstValue("Location").orElseThrow();
        String batchPath = "/api/v1/card-batches/" + SuakaClient.json(started).getString("id");
        assertTrue(location.endsWith(batchPath), location);

        JsonObject batch = SuakaClient.json(started);
        for (int i = 0; i < 120 && List.of("QUEUED", "RUNNING").contains(batch.getString("state")); i++) {
            Thread.sleep(500);
            batch = SuakaClient.json(SuakaClient.viewer().get(batchPath));
        }
        assertEquals("DONE", batch.getString("state"), batch.toString());
        int cards = batch.getInt("cards");
        assertTrue(cards > 0 && batch.getInt("done") == batch.getInt("total") && cards <= batch.getInt("total"), batch.toString());
        byte[] pdf = SuakaClient.viewer().getBytes("/api/v1/reports/issued/" + batch.getString("verificationCode") + "/pdf").body();
        String text = org.suaka.platform.testing.PdfText.of(pdf);
        assertEquals(cards, java.util.regex.Pattern.compile("KIK-KPG-\\d{4}-\\d{5}").matcher(text).results().count(), text);
        assertTrue(text.contains("Hotel Ina Bo'i"), "the shelter heads the document");

        assertEquals(403, SuakaClient.viewer().postJson("/api/v1/card-batches", "{\"shelterId\": \"%s\"}".formatted(shelterId))
                .statusCode());
        assertEquals(404, officer.postJson("/api/v1/card-batches", "{\"shelterId\": \"%s\"}".formatted(UUID.randomUUID()))
                .statusCode());
        assertEquals(400, officer.postJson("/api/v1/card-batches", "{}").statusCode());
        assertEquals(404, officer.get("/api/v1/card-batches/" + UUID.randomUUID()).statusCode());
    }

    private JsonObject joinFamily(String personId, int expected, String body) {
        HttpResponse<String> response = officer.send("PUT", "/api/v1/persons/" + personId + "/family", body);
        assertEquals(expected, response.statusCode(), response.body());
        return SuakaClient.json(response);
    }

    private JsonObject issueCard(String id, int expected, String body) {
        HttpResponse<String> response = officer.postJson("/api/v1/persons/" + id + "/cards", body);
        assertEquals(expected, response.statusCode(), response.body());
        return SuakaClient.json(response);
    }

    private static String cardState(SuakaClient client, String number) {
        HttpResponse<String> response = client.get("/api/v1/cards/check?number=" + number);
        assertEquals(200, response.statusCode(), response.body());
        return SuakaClient.json(response).getString("state");
    }

    private JsonObject changeStatus(String id, int expected, String body) {
        HttpResponse<String> response = officer.postJson("/api/v1/persons/" + id + "/status", body);
        assertEquals(expected, response.statusCode(), response.body());
        return SuakaClient.json(response);
    }

    private static String problemType(JsonObject problem) {
        return problem.getString("type");
    }

    /** Self-reports are recorded by officers and the persons who did not report are listed, by month. */
    @Test
    void selfReportsAndTheOverdueLists() {
        SuakaClient officer = SuakaClient.officer();
        String id = SuakaClient.json(officer.postJson("/api/v1/persons?confirmDuplicate=true", """
                {"givenName": "Rahmatullah", "familyName": "Stanekzai", "sex": "MALE", "dateOfBirth": "1983-02-02",
                 "nationality": "AFG", "supervisedFrom": "2024-01-10"}""")).getString("id");

        HttpResponse<String> recorded = officer.postJson("/api/v1/persons/" + id + "/self-reports",
                "{\"reportedOn\": \"2024-09-05\", \"remarks\": \"Tetap di Hotel Kupang Inn\"}");
        assertEquals(201, recorded.statusCode(), recorded.body());
        assertEquals("officer", SuakaClient.json(recorded).getString("officer"));
        assertEquals(1, SuakaClient.parse(SuakaClient.viewer().get("/api/v1/persons/" + id + "/self-reports").body())
                .asJsonArray().size());
        assertEquals(403, SuakaClient.viewer().postJson("/api/v1/persons/" + id + "/self-reports",
                "{\"reportedOn\": \"2024-09-06\"}").statusCode());

        assertFalse(overdue("month=2024-09&limit=500").contains(id), "reported in September");
        assertTrue(overdue("month=2024-10&limit=500").contains(id), "no report in October");
        assertFalse(overdue("month=2024-11&months=3&limit=500").contains(id), "reported in September");
        assertTrue(overdue("month=2024-12&months=3&limit=500").contains(id), "none in October to December");
        String register = org.suaka.platform.testing.PdfText.of(SuakaClient.viewer()
                .getBytes("/api/v1/reports/self-report-register?month=2024-09").body());
        assertTrue(register.contains("DAFTAR WAJIB LAPOR PENGUNGSI"), register);
        assertTrue(register.contains("Rahmatullah Stanekzai AFG – 5 September 2024"), register);
        JsonObject thisMonth = SuakaClient.json(SuakaClient.viewer().get("/api/v1/persons/self-reports/overdue"));
        assertTrue(thisMonth.getJsonNumber("total").longValue() > 0, "the demo office has persons overdue: " + thisMonth);
    }

    private static String overdue(String query) {
        HttpResponse<String> response = SuakaClient.viewer().get("/api/v1/persons/self-reports/overdue?" + query);
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    /** A transliterated spelling in another word order finds the registered person, in their office only. */
    @Test
    void aTransliteratedSpellingFindsTheRegisteredPerson() {
        String born = "1951-03-0" + ThreadLocalRandom.current().nextInt(1, 10);
        HttpResponse<String> registered = SuakaClient.officer().postJson("/api/v1/persons?confirmDuplicate=true", """
                {"givenName": "Mohammad Hussain", "familyName": "Karimi", "sex": "MALE", "dateOfBirth": "%s",
                 "nationality": "AFG"}""".formatted(born));
        assertEquals(201, registered.statusCode(), registered.body());
        String id = SuakaClient.json(registered).getString("id");
        String draft = """
                {"givenName": "Karimy", "familyName": "Muhammed Hossein", "sex": "MALE", "dateOfBirth": "1951-06-15",
                 "nationality": "AFG"}""";

        HttpResponse<String> check = SuakaClient.officer().postJson("/api/v1/persons/duplicate-check", draft);
        assertEquals(200, check.statusCode(), check.body());
        JsonObject top = SuakaClient.parse(check.body()).asJsonArray().getJsonObject(0);
        assertEquals(id, top.getString("personId"), check.body());
        assertTrue(top.getInt("score") >= 75, "a probable duplicate: " + top);
        assertTrue(top.getJsonArray("reasons").toString().contains("NAME"), top.toString());

        String otherOffice = SuakaClient.as("officer-jakarta", "jakarta-demo")
                .postJson("/api/v1/persons/duplicate-check", draft).body();
        assertFalse(otherOffice.contains(id), "Jakarta does not see Kupang's persons: " + otherOffice);
        assertEquals(200, SuakaClient.viewer().get("/api/v1/persons/" + id + "/duplicates").statusCode());
        assertEquals(403, SuakaClient.viewer().postJson("/api/v1/persons/duplicate-check", draft).statusCode());
    }

    @Test
    void registersPlacesAndReadsBackAcrossModules() {
        JsonObject person = register("Ma'soumeh", "Āzādī", "FEMALE", "AFG");
        String personId = person.getString("id");
        JsonObject read = SuakaClient.json(SuakaClient.viewer().get("/api/v1/persons/" + personId));
        assertEquals("Ma'soumeh", read.getString("givenName"));
        assertEquals("Āzādī", read.getString("familyName"));

        JsonObject sasando = shelter(unique("Wisma Sasando"), 1);
        HttpResponse<String> placed = place(personId, sasando.getString("id"));
        assertEquals(201, placed.statusCode(), placed.body());
        String placementId = SuakaClient.json(placed).getString("id");
        JsonObject placement = SuakaClient.json(SuakaClient.viewer().get("/api/v1/placements/" + placementId));
        assertEquals(personId, placement.getString("personId"));
        assertEquals(sasando.getString("name"), placement.getString("shelterName"));
        assertEquals(sasando.getString("name"),
                SuakaClient.json(SuakaClient.viewer().get("/api/v1/shelters/" + sasando.getString("id"))).getString("name"));

        String second = register("Imran", "Baloch", "MALE", "PAK").getString("id");
        HttpResponse<String> full = place(second, sasando.getString("id"));
        assertEquals(409, full.statusCode(), full.body());
        assertEquals("urn:suaka:problem:rule:shelter-full", SuakaClient.json(full).getString("type"));

        long version = placement.getJsonNumber("version").longValue();
        HttpResponse<String> ended = officer.postJson("/api/v1/placements/" + placementId + "/end",
                "{\"until\": \"2025-03-01\", \"version\": %d}".formatted(version));
        assertEquals(200, ended.statusCode(), ended.body());
        assertEquals("2025-03-01", SuakaClient.json(ended).getString("until"));
        HttpResponse<String> stale = officer.postJson("/api/v1/placements/" + placementId + "/end",
                "{\"until\": \"2025-03-02\", \"version\": %d}".formatted(version));
        assertEquals(409, stale.statusCode(), stale.body());
        assertEquals("urn:suaka:problem:concurrent-edit", SuakaClient.json(stale).getString("type"));
        assertEquals(409, place(second, sasando.getString("id")).statusCode(), "still full before the day Ma'soumeh left");
        assertEquals(201, officer.postJson("/api/v1/placements", """
                {"personId": "%s", "shelterId": "%s", "from": "2025-03-01"}
                """.formatted(second, sasando.getString("id"))).statusCode(), "the room is free from the day she left");
    }

    @Test
    void recordsAPartnerVisitAboutRegisteredPersons() {
        String personId = register("Gul Ahmad", "Wardak", "MALE", "AFG").getString("id");
        HttpResponse<String> organisation = officer.postJson("/api/v1/partners", """
                {"name": "%s", "type": "UNHCR", "city": "Kupang",
                 "contacts": [{"name": "Yohana Nge'u", "position": "Protection Associate"}]}
                """.formatted(unique("UNHCR Kupang")));
        assertEquals(201, organisation.statusCode(), organisation.body());
        String organisationId = SuakaClient.json(organisation).getString("id");

        HttpResponse<String> visit = officer.postJson("/api/v1/visits", """
                {"organisationId": "%s", "date": "2024-10-03", "location": "Hotel Ina Bo'i",
                 "purpose": "Wawancara penentuan status pengungsi",
                 "attendees": [{"name": "Yohana Nge'u", "affiliation": "UNHCR"},
                               {"name": "Ma'mum", "position": "Kepala Rudenim Kupang", "affiliation": "Rudenim Kupang"}],
                 "personIds": ["%s"]}
                """.formatted(organisationId, personId));
        assertEquals(201, visit.statusCode(), visit.body());

        JsonObject read = SuakaClient.json(SuakaClient.viewer().get(
                "/api/v1/visits/" + SuakaClient.json(visit).getString("id")));
        assertEquals(personId, read.getJsonArray("personIds").getString(0));
        assertEquals("Ma'mum", read.getJsonArray("attendees").getJsonObject(1).getString("name"));
        assertEquals("Yohana Nge'u", SuakaClient.json(SuakaClient.viewer().get("/api/v1/partners/" + organisationId))
                .getJsonArray("contacts").getJsonObject(0).getString("name"));

        HttpResponse<String> unknownPerson = officer.postJson("/api/v1/visits", """
                {"organisationId": "%s", "date": "2024-10-03", "location": "Kupang", "purpose": "Koordinasi",
                 "attendees": [{"name": "Ma'mum"}], "personIds": ["%s"]}
                """.formatted(organisationId, UUID.randomUUID()));
        assertEquals(400, unknownPerson.statusCode(), unknownPerson.body());
        assertEquals("personIds", SuakaClient.json(unknownPerson).getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void aValidationErrorIs400ProblemJsonNamingEachField() {
        HttpResponse<String> response = officer.postJson("/api/v1/persons", """
                {"givenName": " ", "sex": "MALE", "dateOfBirth": "2999-01-01", "nationality": "af1"}
                """);

        assertEquals(400, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        Set<String> fields = SuakaClient.json(response).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).collect(Collectors.toSet());
        assertEquals(Set.of("givenName", "dateOfBirth", "nationality"), fields);
    }

    @Test
    void anUnknownCountryAndAMissingBodyAreRefused() {
        HttpResponse<String> unknownCountry = officer.postJson("/api/v1/persons", """
                {"givenName": "Hamid", "sex": "MALE", "dateOfBirth": "1990-01-01", "nationality": "QQQ"}
                """);
        assertEquals(400, unknownCountry.statusCode(), unknownCountry.body());
        assertEquals("nationality", SuakaClient.json(unknownCountry).getJsonArray("errors").getJsonObject(0).getString("field"));

        assertEquals(400, officer.postJson("/api/v1/persons", "").statusCode());
    }

    @Test
    void malformedJsonAndWrongTypesAre400NotServerErrors() {
        for (String body : new String[] {"{\"givenName\": ", "[1, 2]", "{\"givenName\": \"Ali\", \"sex\": \"ALIEN\"}",
                "{\"givenName\": \"Ali\", \"dateOfBirth\": \"yesterday\"}", "{\"capacity\": \"many\"}"}) {
            HttpResponse<String> response = officer.postJson("/api/v1/persons", body);
            assertEquals(400, response.statusCode(), body + " -> " + response.body());
            assertTrue(response.body().contains("urn:suaka:problem:"), response.body());
        }
        HttpResponse<String> badId = officer.postJson("/api/v1/placements",
                "{\"personId\": \"not-a-uuid\", \"shelterId\": \"x\", \"from\": \"2025-02-01\"}");
        assertEquals(400, badId.statusCode(), badId.body());
    }

    @Test
    void aMissingRecordIs404() {
        for (String path : new String[] {"/api/v1/persons/", "/api/v1/shelters/", "/api/v1/placements/",
                "/api/v1/partners/", "/api/v1/visits/"}) {
            HttpResponse<String> missing = SuakaClient.viewer().get(path + UUID.randomUUID());
            assertEquals(404, missing.statusCode(), path);
            assertEquals("application/problem+json", missing.headers().firstValue("Content-Type").orElseThrow());
            assertEquals(404, SuakaClient.viewer().get(path + "not-an-id").statusCode(), path);
        }
    }

    @Test
    void readingAPersonIsOnTheAuditTrailWithItsPurposeAndTheChainVerifies() throws Exception {
        String personId = register("Zainab", "Haidari", "FEMALE", "AFG").getString("id");
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(SuakaClient.BASE + "/api/v1/persons/" + personId))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("viewer:viewer-demo".getBytes()))
                .header("X-Suaka-Purpose", "Persiapan wawancara UNHCR").GET().build();
        assertEquals(200, java.net.http.HttpClient.newHttpClient().send(request,
                java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode());

        SuakaClient admin = SuakaClient.as("admin", "admin-demo");
        JsonObject trail = SuakaClient.json(admin.get("/api/v1/audit?entityId=" + personId));
        var entries = trail.getJsonArray("items").getValuesAs(JsonObject.class);
        assertTrue(entries.stream().anyMatch(e -> e.getString("actor").equals("viewer")
                && e.getString("operation").equals("PersonService.find")
                && e.getString("purpose", "").equals("Persiapan wawancara UNHCR")), trail.toString());
        assertTrue(entries.stream().anyMatch(e -> e.getString("actor").equals("officer")
                && e.getString("operation").equals("PersonService.register") && e.getString("outcome").equals("OK")),
                trail.toString());
        assertTrue(SuakaClient.json(admin.get("/api/v1/audit/verify")).getBoolean("intact"));
        assertTrue(admin.get("/api/v1/audit/export?entityId=" + personId).body().contains("\"viewer\""));
        assertEquals(403, SuakaClient.viewer().get("/api/v1/audit").statusCode());

        HttpResponse<String> consent = officer.postJson("/api/v1/persons/" + personId + "/consents", """
                {"topic": "Berbagi data identitas dengan IOM Kupang", "givenOn": "2024-09-10", "language": "fa",
                 "interpreter": "Sayed Ali Hosseini"}""");
        assertEquals(201, consent.statusCode(), consent.body());
        assertEquals(400, officer.postJson("/api/v1/persons/" + personId + "/consents", """
                {"topic": "x", "givenOn": "2999-01-01", "language": "Farsi!"}""").statusCode());

        JsonObject export = SuakaClient.json(admin.get("/api/v1/persons/" + personId + "/export"));
        assertEquals("Sayed Ali Hosseini", export.getJsonArray("consents").getJsonObject(0).getString("interpreter"));
        assertEquals("Zainab", export.getJsonObject("person").getString("givenName"));
        assertTrue(export.getJsonArray("accessLog").size() >= 2, export.toString());
        assertEquals(403, SuakaClient.officer().get("/api/v1/persons/" + personId + "/export").statusCode());
    }

    @Test
    void aCaseClosedLongAgoIsAnonymisedWhileTheStatisticsStay() {
        HttpResponse<String> created = officer.postJson("/api/v1/persons?confirmDuplicate=true", """
                {"givenName": "Liaquat Ali", "familyName": "Hazara", "sex": "MALE", "dateOfBirth": "1970-08-14",
                 "nationality": "PAK", "unhcrNumber": "%s", "supervisedFrom": "2009-03-02"}""".formatted(unhcrNumber()));
        JsonObject person = SuakaClient.json(created);
        String id = person.getString("id");
        HttpResponse<String> ended = officer.postJson("/api/v1/persons/" + id + "/end-supervision",
                "{\"until\": \"2011-05-31\", \"version\": %d}".formatted(person.getJsonNumber("version").longValue()));
        assertEquals(200, ended.statusCode(), ended.body());

        SuakaClient admin = SuakaClient.as("admin", "admin-demo");
        assertEquals(403, officer.postJson("/api/v1/retention/run", "").statusCode());
        JsonObject run = SuakaClient.json(admin.postJson("/api/v1/retention/run", ""));
        assertTrue(run.getInt("anonymised") >= 1, run.toString());

        JsonObject after = SuakaClient.json(SuakaClient.viewer().get("/api/v1/persons/" + id));
        assertEquals("ANONIM", after.getString("givenName"));
        assertFalse(after.containsKey("unhcrNumber"));
        assertEquals("PAK", after.getString("nationality"));
        assertEquals("2011-05-31", after.getString("supervisedUntil"));
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (HttpResponse<String> response : java.util.List.of(SuakaClient.viewer().get("/api/v1/persons?limit=1"),
                SuakaClient.anonymous().get("/login.xhtml"), SuakaClient.anonymous().get("/api/v1/no-such-thing"))) {
            var headers = response.headers();
            assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""));
            assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(""));
            assertTrue(headers.firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
        }
    }

    @Test
    void everyCallNeedsALoginAndViewersCannotWrite() {
        assertEquals(401, SuakaClient.anonymous().get("/api/v1/persons").statusCode());
        assertEquals(401, SuakaClient.as("officer", "wrong-password").get("/api/v1/persons").statusCode());
        assertEquals(401, SuakaClient.anonymous().getBytes("/api/v1/reports/monthly-statistics?month=2024-09").statusCode());

        HttpResponse<String> viewerWrites = SuakaClient.viewer().postJson("/api/v1/shelters",
                "{\"name\": \"Hotel Viewer\", \"city\": \"Kupang\", \"capacity\": 3}");
        assertEquals(403, viewerWrites.statusCode());
        assertTrue(SuakaClient.json(SuakaClient.viewer().get("/api/v1/persons?limit=1")).getJsonNumber("total").longValue() >= 171);
    }
}
