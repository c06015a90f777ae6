package org.suaka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Shelter operations through the REST API on the real server and database: a shelter with its kind,
 * operator and facilities, rooms with their own capacity, a supervisor's override with its reason kept,
 * a transfer between rooms in one transaction, occupancy per room on past days, and the refusals.
 */
@ExtendWith(ArquillianExtension.class)
class ShelterOperationsIT extends SuakaDeployment {

    private final SuakaClient officer = SuakaClient.officer();
    private final SuakaClient supervisor = SuakaClient.as("supervisor", "supervisor-demo");

    private static JsonObject expect(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        return SuakaClient.json(response);
    }

    private String person(String given, String family, String sex, String born) {
        return expect(201, officer.postJson("/api/v1/persons?confirmDuplicate=true", """
                {"givenName": "%s", "familyName": "%s", "sex": "%s", "dateOfBirth": "%s", "nationality": "AFG",
                 "supervisedFrom": "2025-01-06"}""".formatted(given, family, sex, born))).getString("id");
    }

    private HttpResponse<String> place(SuakaClient who, String person, String shelter, String unit, String reason) {
        return who.postJson("/api/v1/placements", """
                {"personId": "%s", "shelterId": "%s", "from": "2025-01-10", "unitId": "%s"%s}"""
                .formatted(person, shelter, unit, reason == null ? "" : ", \"overrideReason\": \"" + reason + "\""));
    }

    private JsonObject figures(String shelter, String date) {
        return expect(200, SuakaClient.viewer().get("/api/v1/shelters/" + shelter + "/occupancy?date=" + date));
    }

    private static JsonObject unit(JsonObject figures, String name) {
        return figures.getJsonArray("units").getValuesAs(JsonObject.class).stream()
                .filter(u -> name.equals(u.getString("name", null))).findFirst().orElseThrow().getJsonObject("figures");
    }

    @Test
    void roomsOverrideTransferAndOccupancyOnPastDays() {
        String operator = SuakaClient.parse(officer.get("/api/v1/partners").body()).asJsonArray().getJsonObject(0).getString("id");
        JsonObject shelter = expect(201, officer.postJson("/api/v1/shelters", """
                {"name": "Wisma Oebufu %s", "city": "Kupang", "capacity": 10, "type": "COMMUNITY_HOUSE",
                 "operatorId": "%s", "facilities": ["CLEAN_WATER", "WORSHIP_PLACE"]}"""
                .formatted(UUID.randomUUID().toString().substring(0, 6), operator)));
        String id = shelter.getString("id");
        assertEquals("COMMUNITY_HOUSE", shelter.getString("type"));
        assertEquals(operator, shelter.getString("operatorId"));
        assertEquals(2, shelter.getJsonArray("facilities").size());

        String one = expect(201, officer.postJson("/api/v1/shelters/" + id + "/units", "{\"name\": \"Kamar 1\", \"capacity\": 1}"))
                .getString("id");
        String two = expect(201, officer.postJson("/api/v1/shelters/" + id + "/units", "{\"name\": \"Kamar 2\", \"capacity\": 2}"))
                .getString("id");
        assertTrue(expect(409, officer.postJson("/api/v1/shelters/" + id + "/units", "{\"name\": \"kamar 1\", \"capacity\": 3}"))
                .getString("type").endsWith("unit-name-taken"));

        String sayed = person("Sayed Murtaza", "Jafari", "MALE", "1990-01-01");
        String zahra = person("Zahra", "Jafari", "FEMALE", "2015-05-05");
        JsonObject first = expect(201, place(officer, sayed, id, one, null));
        assertTrue(expect(409, place(officer, zahra, id, one, null)).getString("type").endsWith("unit-full"));
        assertEquals(403, place(officer, zahra, id, one, "Anak tidak dipisahkan dari ayahnya").statusCode(),
                "only a supervisor overrides");
        JsonObject overfilled = expect(201, place(supervisor, zahra, id, one, "Anak tidak dipisahkan dari ayahnya"));
        assertEquals("Anak tidak dipisahkan dari ayahnya", overfilled.getString("overrideReason"));
        assertEquals("Kamar 1", overfilled.getString("unitName"));

        JsonObject moved = expect(201, officer.postJson("/api/v1/placements/" + first.getString("id") + "/transfer", """
                {"shelterId": "%s", "unitId": "%s", "on": "2025-03-01", "version": %d}"""
                .formatted(id, two, first.getInt("version"))));
        assertEquals("Kamar 2", moved.getString("unitName"));
        assertEquals("2025-03-01", expect(200, officer.get("/api/v1/placements/" + first.getString("id"))).getString("until"));

        JsonObject february = figures(id, "2025-02-01");
        assertEquals(2, unit(february, "Kamar 1").getInt("persons"));
        assertEquals(1, unit(february, "Kamar 1").getInt("men"));
        assertEquals(1, unit(february, "Kamar 1").getInt("children"));
        assertEquals(0, unit(february, "Kamar 2").getInt("persons"));
        JsonObject march = figures(id, "2025-03-05");
        assertEquals(1, unit(march, "Kamar 1").getInt("persons"));
        assertEquals(1, unit(march, "Kamar 2").getInt("persons"));
        assertEquals(2, march.getJsonObject("figures").getInt("persons"));
        assertEquals(0, figures(id, "2025-01-09").getJsonObject("figures").getInt("persons"), "before anyone came");

        JsonObject history = expect(200, SuakaClient.viewer().get("/api/v1/shelters/" + id + "/placements?limit=2"));
        assertEquals(3, history.getInt("total"), "both of Sayed's stays and Zahra's");
        JsonObject latest = history.getJsonArray("items").getJsonObject(0);
        assertEquals(moved.getString("id"), latest.getString("id"), "the latest first");
        assertEquals(403, SuakaClient.as("iom", "iom-demo").get("/api/v1/shelters/" + id + "/placements").statusCode());

        JsonObject room = SuakaClient.parse(officer.get("/api/v1/shelters/" + id + "/units").body()).asJsonArray()
                .getValuesAs(JsonObject.class).stream().filter(u -> u.getString("name").equals("Kamar 2")).findFirst().orElseThrow();
        assertTrue(expect(400, officer.send("PATCH", "/api/v1/shelters/" + id + "/units/" + two,
                "{\"capacity\": 0, \"version\": %d}".formatted(room.getInt("version")))).toString().contains("capacity"));
        assertTrue(expect(409, officer.postJson("/api/v1/shelters/" + id + "/close",
                "{\"on\": \"2025-06-01\", \"version\": %d}".formatted(shelter.getInt("version"))))
                .getString("type").endsWith("shelter-occupied"));
        assertEquals(403, SuakaClient.viewer().postJson("/api/v1/shelters/" + id + "/units", "{\"name\": \"Kamar 3\", \"capacity\": 1}")
                .statusCode());
    }

    /**
     * An officer asks for an exit permit, a supervisor approves it (not one they asked for themselves), the
     * person comes back late: the overdue list shows them until the return is recorded. Partners see none.
     */
    @Test
    void exitPermitsAreAskedApprovedReturnedAndOverdue() {
        String shelter = expect(201, officer.postJson("/api/v1/shelters", """
                {"name": "Wisma Liliba %s", "city": "Kupang", "capacity": 5}""".formatted(UUID.randomUUID().toString().substring(0, 6))))
                .getString("id");
        String gul = person("Gul Ahmad", "Wardak", "MALE", "1990-03-03");
        expect(201, officer.postJson("/api/v1/placements", """
                {"personId": "%s", "shelterId": "%s", "from": "2025-01-10"}""".formatted(gul, shelter)));

        JsonObject asked = expect(201, officer.postJson("/api/v1/permits", """
                {"personId": "%s", "purpose": "Berobat ke RSUD Prof. Dr. W. Z. Johannes", "destination": "Kota Kupang",
                 "leaveAt": "2025-02-03T08:00:00", "expectedReturnAt": "2025-02-03T16:00:00"}""".formatted(gul)));
        String permit = "/api/v1/permits/" + asked.getString("id");
        assertEquals("REQUESTED", asked.getString("state"));
        assertEquals(403, officer.postJson(permit + "/approve", "{\"version\": 0}").statusCode(), "only a supervisor decides");
        JsonObject approved = expect(200, supervisor.postJson(permit + "/approve",
                "{\"note\": \"Didampingi staf IOM\", \"version\": %d}".formatted(asked.getInt("version"))));
        assertEquals("APPROVED", approved.getString("state"));
        assertTrue(approved.getBoolean("overdue"), "expected back on 3 February 2025");
        assertTrue(SuakaClient.viewer().get("/api/v1/permits?overdue=true&limit=500").body().contains(asked.getString("id")));

        JsonObject own = expect(201, supervisor.postJson("/api/v1/permits", """
                {"personId": "%s", "purpose": "Ibadah Jumat", "destination": "Masjid Raya Nurul Iman, Kupang",
                 "leaveAt": "2025-02-07T11:00:00", "expectedReturnAt": "2025-02-07T14:00:00"}""".formatted(gul)));
        assertTrue(expect(409, supervisor.postJson("/api/v1/permits/" + own.getString("id") + "/approve",
                "{\"version\": %d}".formatted(own.getInt("version")))).getString("type").endsWith("own-permit"));

        assertEquals(400, officer.postJson(permit + "/return", "{\"returnedAt\": \"2025-02-03T07:00:00\", \"version\": %d}"
                .formatted(approved.getInt("version"))).statusCode(), "back before leaving");
        JsonObject back = expect(200, officer.postJson(permit + "/return", "{\"returnedAt\": \"2025-02-03T19:30:00\", \"version\": %d}"
                .formatted(approved.getInt("version"))));
        assertEquals("RETURNED", back.getString("state"));
        assertTrue(!SuakaClient.viewer().get("/api/v1/permits?overdue=true&limit=500").body().contains(asked.getString("id")));
        assertEquals(400, officer.postJson("/api/v1/permits", """
                {"personId": "%s", "purpose": "x", "destination": "y", "leaveAt": "2025-02-10T08:00:00",
                 "expectedReturnAt": "2025-02-10T07:00:00"}""".formatted(gul)).statusCode());
        assertEquals(403, SuakaClient.as("iom", "iom-demo").get("/api/v1/permits").statusCode(), "partners see no permits");
    }

    /**
     * A roll call of a small shelter on three days: the person on an approved permit is suggested on leave,
     * an absence without a permit is flagged, three in a row raise an alert, a second officer saving the same
     * day at the same time gets 409, and marks that are not exactly the expected persons are refused.
     */
    @Test
    void rollCallsFlagAbsencesAndAlertOnTheThird() {
        String shelter = expect(201, officer.postJson("/api/v1/shelters", """
                {"name": "Wisma Oesapa %s", "city": "Kupang", "capacity": 5}""".formatted(UUID.randomUUID().toString().substring(0, 6))))
                .getString("id");
        String onLeave = person("Hakim", "Noori", "MALE", "1985-04-04");
        String absent = person("Omid", "Rahmani", "MALE", "1999-09-09");
        for (String p : java.util.List.of(onLeave, absent)) {
            expect(201, officer.postJson("/api/v1/placements", """
                    {"personId": "%s", "shelterId": "%s", "from": "2025-01-10"}""".formatted(p, shelter)));
        }
        JsonObject permit = expect(201, officer.postJson("/api/v1/permits", """
                {"personId": "%s", "purpose": "Berobat", "destination": "Kota Kupang",
                 "leaveAt": "2025-02-03T08:00:00", "expectedReturnAt": "2025-02-05T16:00:00"}""".formatted(onLeave)));
        expect(200, supervisor.postJson("/api/v1/permits/" + permit.getString("id") + "/approve",
                "{\"version\": %d}".formatted(permit.getInt("version"))));

        JsonObject sheet = expect(200, officer.get("/api/v1/presence-checks?shelter=" + shelter + "&date=2025-02-03"));
        assertTrue(!sheet.containsKey("checkId") || sheet.isNull("checkId"), "not taken yet");
        assertEquals("PERMITTED_LEAVE", line(sheet, onLeave).getString("mark"), "suggested from the permit");

        assertEquals(400, submit(shelter, "2025-02-03", "{\"personId\": \"%s\", \"mark\": \"PRESENT\"}".formatted(absent), null)
                .statusCode(), "one of two persons marked");
        String marks = "{\"personId\": \"%s\", \"mark\": \"PERMITTED_LEAVE\"}, {\"personId\": \"%s\", \"mark\": \"ABSENT\"}"
                .formatted(onLeave, absent);
        JsonObject first = expect(200, submit(shelter, "2025-02-03", marks, null));
        assertTrue(line(first, absent).getBoolean("flagged"));
        assertEquals(1, line(first, absent).getInt("absentStreak"));
        assertTrue(!line(first, onLeave).getBoolean("flagged"));
        assertTrue(expect(409, submit(shelter, "2025-02-03", marks, null)).getString("type").endsWith("presence-checked"),
                "a second officer who checked at the same time");
        expect(200, submit(shelter, "2025-02-03", marks, first.getJsonNumber("version").longValue()));
        assertEquals(409, submit(shelter, "2025-02-03", marks, first.getJsonNumber("version").longValue()).statusCode(),
                "the version read is stale after the correction");

        expect(200, submit(shelter, "2025-02-04", marks, null));
        JsonObject third = expect(200, submit(shelter, "2025-02-05", marks, null));
        assertEquals(3, line(third, absent).getInt("absentStreak"));
        String alerts = officer.get("/api/v1/presence-checks/alerts?limit=500").body();
        assertTrue(alerts.contains(absent) && !alerts.contains(onLeave), alerts);
        assertEquals(403, SuakaClient.viewer().postJson("/api/v1/presence-checks", "{}").statusCode());

        String name = expect(200, officer.get("/api/v1/shelters/" + shelter)).getString("name");
        String summary = org.suaka.platform.testing.PdfText.of(SuakaClient.viewer()
                .getBytes("/api/v1/reports/presence-summary?month=2025-02").body());
        assertTrue(summary.contains("REKAPITULASI KEHADIRAN PENGUNGSI"), summary);
        assertEquals(3, java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(name) + " \\d{1,2} Februari 2025 2 0 1 1 0 1")
                .matcher(summary).results().count(), "three checks: 2 expected, none present, 1 absent, 1 on leave, 1 flagged: " + summary);
        String list = org.suaka.platform.testing.PdfText.of(SuakaClient.viewer()
                .getBytes("/api/v1/reports/exit-permits?from=2025-02-01&to=2025-02-28").body());
        assertTrue(list.contains("DAFTAR IZIN KELUAR") && list.contains("terlambat kembali: 1 orang"), list);
        assertTrue(list.matches("(?s).*1 Hakim Noori .*Terlambat\\s+kembali.*"), "the overdue permit first: " + list);
    }

    /**
     * An incident with the persons involved, followed up until closed, counted in the month's report; partner
     * staff reach it through no route.
     */
    @Test
    void incidentsAreFollowedUpClosedCountedAndHiddenFromPartners() throws Exception {
        String shelter = expect(201, officer.postJson("/api/v1/shelters", """
                {"name": "Wisma Naimata %s", "city": "Kupang", "capacity": 5}""".formatted(UUID.randomUUID().toString().substring(0, 6))))
                .getString("id");
        String ali = person("Ali Reza", "Hosseini", "MALE", "1994-02-02");
        JsonObject incident = expect(201, officer.postJson("/api/v1/incidents", """
                {"shelterId": "%s", "type": "DISTURBANCE", "occurredAt": "2025-02-08T21:30:00", "severity": "MEDIUM",
                 "description": "Keributan di lobi soal pembagian makanan", "actionsTaken": "Dipisahkan petugas jaga",
                 "personIds": ["%s"], "policeInformed": false, "partnerInformed": true}""".formatted(shelter, ali)));
        String path = "/api/v1/incidents/" + incident.getString("id");
        assertEquals(ali, incident.getJsonArray("personIds").getString(0));
        assertEquals("officer", incident.getString("reportedBy"));

        JsonObject closed = expect(200, officer.postJson(path + "/follow-ups", """
                {"note": "Mediasi bersama staf IOM; kedua penghuni berdamai", "close": true, "version": %d}"""
                .formatted(incident.getInt("version"))));
        assertTrue(!closed.isNull("closedAt"));
        assertEquals(1, closed.getJsonArray("followUps").size());
        assertTrue(expect(409, officer.postJson(path + "/follow-ups", """
                {"note": "lagi", "close": false, "version": %d}""".formatted(closed.getInt("version"))))
                .getString("type").endsWith("incident-closed"));
        assertTrue(!officer.get("/api/v1/incidents?open=true&limit=500").body().contains(incident.getString("id")));
        assertEquals(400, officer.postJson("/api/v1/incidents", """
                {"shelterId": "%s", "type": "OTHER", "occurredAt": "2999-01-01T08:00:00", "severity": "LOW",
                 "description": "x", "personIds": []}""".formatted(shelter)).statusCode(), "not in the future");

        String report = org.suaka.platform.testing.PdfText.of(SuakaClient.viewer()
                .getBytes("/api/v1/reports/incident?incident=" + incident.getString("id")).body());
        assertTrue(report.contains("LAPORAN KEJADIAN") && report.contains("Ali Reza Hosseini")
                && report.contains("Kehebohan atau unjuk rasa") && report.contains("Mediasi bersama staf IOM"), report);

        SuakaClient partner = SuakaClient.as("iom", "iom-demo");
        assertEquals(403, partner.get("/api/v1/incidents").statusCode());
        assertEquals(403, partner.get(path).statusCode());
        assertEquals(403, partner.getBytes("/api/v1/reports/incident?incident=" + incident.getString("id")).statusCode(),
                "nor as a document");
        assertEquals(403, SuakaClient.viewer().postJson("/api/v1/incidents", "{}").statusCode());

        String february = org.suaka.platform.testing.PdfText.of(SuakaClient.viewer()
                .getBytes("/api/v1/reports/monthly-statistics?month=2025-02").body());
        assertTrue(february.contains("Kejadian di Tempat Penampungan Selama Bulan Ini")
                && february.matches("(?s).*Kehebohan atau unjuk rasa [1-9].*"), february);
    }

    /**
     * An inspection that finds the water and the prayer room below standard stays open with its follow-up until
     * an officer closes it; the refusals leave nothing behind; a viewer reads it and partner staff do not.
     */
    @Test
    void inspectionsKeepTheirFollowUpOpenUntilClosed() {
        String shelter = expect(201, officer.postJson("/api/v1/shelters", """
                {"name": "Wisma Oesapa %s", "city": "Kupang", "capacity": 8}""".formatted(UUID.randomUUID().toString().substring(0, 6))))
                .getString("id");
        String findings = """
                [{"facility": "CLEAN_WATER", "condition": "NEEDS_IMPROVEMENT", "note": "Air keran keruh"},
                 {"facility": "WORSHIP_PLACE", "condition": "MISSING"}, {"facility": "FOOD", "condition": "GOOD"}]""";
        assertTrue(expect(400, officer.postJson("/api/v1/inspections", """
                {"shelterId": "%s", "inspectedOn": "2025-03-03", "inspector": "Yohanes Ndun", "findings": %s}"""
                .formatted(shelter, findings))).toString().contains("followUp"), "a shortcoming needs a follow-up");
        assertEquals(400, officer.postJson("/api/v1/inspections", """
                {"shelterId": "%s", "inspectedOn": "2025-03-03", "inspector": "Yohanes Ndun", "findings": %s,
                 "followUp": "Kuras tandon", "followUpDue": "2025-03-01"}""".formatted(shelter, findings)).statusCode(),
                "due before the inspection");
        assertEquals(0, expect(200, officer.get("/api/v1/inspections?shelter=" + shelter)).getInt("total"), "nothing written");

        JsonObject inspection = expect(201, officer.postJson("/api/v1/inspections", """
                {"shelterId": "%s", "inspectedOn": "2025-03-03", "inspector": "Yohanes Ndun", "findings": %s,
                 "followUp": "Kuras tandon; kosongkan musala", "followUpDue": "2025-03-17"}""".formatted(shelter, findings)));
        String path = "/api/v1/inspections/" + inspection.getString("id");
        assertTrue(!inspection.containsKey("closedOn"), "open: null fields are left out");
        assertEquals(List.of("CLEAN_WATER", "FOOD", "WORSHIP_PLACE"), inspection.getJsonArray("findings")
                .getValuesAs(JsonObject.class).stream().map(f -> f.getString("facility")).toList());
        assertEquals(1, expect(200, SuakaClient.viewer().get("/api/v1/inspections?open=true&shelter=" + shelter)).getInt("total"));

        assertEquals(403, SuakaClient.viewer().postJson(path + "/close", "{\"note\": \"x\", \"version\": 0}").statusCode());
        JsonObject closed = expect(200, officer.postJson(path + "/close", """
                {"note": "Tandon dikuras, musala dikosongkan", "version": %d}""".formatted(inspection.getInt("version"))));
        assertEquals("officer", closed.getString("closedBy"));
        assertTrue(expect(409, officer.postJson(path + "/close", """
                {"note": "lagi", "version": %d}""".formatted(closed.getInt("version")))).getString("type")
                .endsWith("inspection-closed"));
        assertEquals(0, expect(200, officer.get("/api/v1/inspections?open=true&shelter=" + shelter)).getInt("total"));

        SuakaClient partner = SuakaClient.as("iom", "iom-demo");
        assertEquals(403, partner.get("/api/v1/inspections").statusCode());
        assertEquals(403, partner.get(path).statusCode());
    }

    private HttpResponse<String> submit(String shelter, String day, String marks, Long version) {
        return officer.postJson("/api/v1/presence-checks", """
                {"shelterId": "%s", "day": "%s", "marks": [%s]%s}"""
                .formatted(shelter, day, marks, version == null ? "" : ", \"version\": " + version));
    }

    private static JsonObject line(JsonObject sheet, String person) {
        return sheet.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("personId").equals(person)).findFirst().orElseThrow();
    }
}
