package org.suaka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.json.JsonObject;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo partner user of IOM Kupang sees what IOM's data-sharing scope grants (identity, family,
 * shelter, referrals) and nothing else: no supervision dates, no reports, no audit trail, no writes.
 */
@ExtendWith(ArquillianExtension.class)
class PartnerScopeIT extends SuakaDeployment {

    private final SuakaClient iom = SuakaClient.as("iom", "iom-demo");

    @Test
    void iomSeesIdentityFamilyAndShelterButNotSupervision() {
        JsonObject first = SuakaClient.json(iom.get("/api/v1/persons?limit=1")).getJsonArray("items").getJsonObject(0);
        String id = first.getString("id");
        JsonObject asStaff = SuakaClient.json(SuakaClient.officer().get("/api/v1/persons/" + id));
        JsonObject asIom = SuakaClient.json(iom.get("/api/v1/persons/" + id));

        assertEquals(asStaff.getString("givenName"), asIom.getString("givenName"));
        assertEquals(asStaff.getString("unhcrCaseNumber"), asIom.getString("unhcrCaseNumber"));
        assertTrue(asStaff.containsKey("supervisedFrom"));
        assertFalse(asIom.containsKey("supervisedFrom"), asIom.toString());
        assertEquals(200, iom.get("/api/v1/shelters/occupancy?date=2024-09-30").statusCode());
    }

    @Test
    void iomCannotWriteNorReadReportsAuditOrVisits() {
        assertEquals(403, iom.postJson("/api/v1/shelters", "{\"name\": \"Hotel IOM\", \"city\": \"Kupang\", \"capacity\": 2}")
                .statusCode());
        assertEquals(403, iom.getBytes("/api/v1/reports/monthly-statistics?month=2024-09").statusCode());
        assertEquals(403, iom.get("/api/v1/audit").statusCode());
        assertEquals(403, iom.get("/api/v1/partners").statusCode());
    }

    /**
     * The office refers a person to IOM Kupang; IOM's own staff find it, accept it and record the outcome; a
     * referral to another partner stays out of their reach, and they cannot refer or cancel.
     */
    @Test
    void iomAnswersItsOwnReferralsOnlyThroughTheirWholeLife() {
        SuakaClient officer = SuakaClient.officer();
        List<JsonObject> partners = SuakaClient.parse(officer.get("/api/v1/partners").body()).asJsonArray()
                .getValuesAs(JsonObject.class);
        String iomKupang = partners.stream().filter(p -> p.getString("name").equals("IOM Kupang")).findFirst().orElseThrow()
                .getString("id");
        String clinic = "Klinik " + System.nanoTime() % 1_000_000;
        String other = SuakaClient.json(officer.postJson("/api/v1/partners", """
                {"name": "%s", "type": "HEALTH_FACILITY", "city": "Kupang"}""".formatted(clinic))).getString("id");
        String person = SuakaClient.json(iom.get("/api/v1/persons?limit=1")).getJsonArray("items").getJsonObject(0)
                .getString("id");
        String body = """
                {"personId": "%s", "organisationId": "%s", "service": "CASH_ASSISTANCE", "requestedOn": "2024-09-12",
                 "reason": "Bantuan tunai bulanan untuk keluarga"}""";
        JsonObject referral = SuakaClient.json(officer.postJson("/api/v1/referrals", body.formatted(person, iomKupang)));
        JsonObject elsewhere = SuakaClient.json(officer.postJson("/api/v1/referrals", body.formatted(person, other)));
        assertEquals("REQUESTED", referral.getString("status"));
        assertEquals(403, iom.postJson("/api/v1/referrals", body.formatted(person, iomKupang)).statusCode(), "the office refers");

        String mine = iom.get("/api/v1/referrals?status=REQUESTED&limit=500").body();
        assertTrue(mine.contains(referral.getString("id")) && !mine.contains(elsewhere.getString("id")), mine);
        assertEquals(404, iom.get("/api/v1/referrals/" + elsewhere.getString("id")).statusCode());
        assertEquals(404, iom.postJson("/api/v1/referrals/" + elsewhere.getString("id") + "/accept", "{\"version\": 0}")
                .statusCode(), "another partner's referral is not there for IOM");

        String path = "/api/v1/referrals/" + referral.getString("id");
        JsonObject accepted = SuakaClient.json(iom.postJson(path + "/accept", "{\"version\": %d}".formatted(referral.getInt("version"))));
        assertEquals("ACCEPTED", accepted.getString("status"));
        assertEquals("iom", accepted.getString("answeredBy"));
        assertEquals(409, iom.postJson(path + "/accept", "{\"version\": %d}".formatted(accepted.getInt("version"))).statusCode());
        assertEquals(403, iom.postJson(path + "/cancel", "{\"note\": \"x\", \"version\": %d}".formatted(accepted.getInt("version")))
                .statusCode(), "the office cancels");
        JsonObject done = SuakaClient.json(iom.postJson(path + "/complete", """
                {"completedOn": "2024-09-20", "outcome": "Rp1.250.000 diserahkan kepada kepala keluarga", "version": %d}"""
                .formatted(accepted.getInt("version"))));
        assertEquals("COMPLETED", done.getString("status"));
        assertEquals("COMPLETED", SuakaClient.json(officer.get(path)).getString("status"), "the office sees the outcome");
        assertEquals(400, officer.postJson("/api/v1/referrals", """
                {"personId": "%s", "organisationId": "%s", "service": "MEDICAL", "requestedOn": "2999-01-01", "reason": "x"}"""
                .formatted(person, iomKupang)).statusCode(), "not in the future");

        String summary = org.suaka.platform.testing.PdfText.of(SuakaClient.viewer()
                .getBytes("/api/v1/reports/referral-summary?from=2024-09-01&to=2024-09-30").body());
        assertTrue(summary.contains("REKAPITULASI RUJUKAN"), summary);
        assertTrue(summary.matches("(?s).*" + clinic + "\\s+Bantuan tunai\\s+1\\s+1\\s+0\\s+0\\s+0\\s+0.*"),
                "the clinic's one referral, still waiting: " + summary);
        assertTrue(summary.matches("(?s).*IOM Kupang\\s+Bantuan tunai\\s+[1-9][0-9]*\\s.*"), summary);
        assertEquals(403, iom.getBytes("/api/v1/reports/referral-summary?from=2024-09-01&to=2024-09-30").statusCode());
    }

    /**
     * IOM's scope comes from its cooperation agreement, which ends within 60 days and so is on the list of those
     * ending; an agreement that has ended grants nothing; enforcement data and an agreement ending before it
     * begins are refused; the scan is judged by its content; partner staff reach none of it.
     */
    @Test
    void theScopeComesFromAgreementsValidOnTheDay() {
        SuakaClient officer = SuakaClient.officer();
        String ending = officer.get("/api/v1/agreements?expiringWithin=60&limit=500").body();
        assertTrue(ending.contains("W20.IMI.IMI.3-UM.01.01-0412") && ending.contains("IOM Kupang"), ending);
        String iomKupang = SuakaClient.json(officer.get("/api/v1/agreements?expiringWithin=60&limit=500")).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(a -> a.getString("organisationName").equals("IOM Kupang"))
                .findFirst().orElseThrow().getString("organisationId");

        String body = """
                {"organisationId": "%s", "number": "%s", "subject": "Kerja sama pengawasan", "signedOn": "2020-01-01",
                 "validFrom": "2020-01-01", "validTo": "%s", "scope": %s}""";
        JsonObject ended = SuakaClient.json(officer.postJson("/api/v1/agreements", body.formatted(iomKupang, "PKS-2020",
                "2023-12-31", "[\"SUPERVISION\"]")));
        String id = SuakaClient.json(iom.get("/api/v1/persons?limit=1")).getJsonArray("items").getJsonObject(0).getString("id");
        assertFalse(SuakaClient.json(iom.get("/api/v1/persons/" + id)).containsKey("supervisedFrom"),
                "an agreement that ended in 2023 grants nothing today");
        assertTrue(officer.postJson("/api/v1/agreements", body.formatted(iomKupang, "PKS-X", "2030-01-01", "[\"INCIDENT\"]"))
                .body().contains("enforcement-data-not-shared"));
        assertEquals(400, officer.postJson("/api/v1/agreements", body.formatted(iomKupang, "PKS-Y", "2019-12-31",
                "[\"IDENTITY\"]")).statusCode(), "ends before it begins");

        String path = "/api/v1/agreements/" + ended.getString("id");
        assertEquals(400, officer.putBytes(path + "/scan", "application/pdf", "PK\u0003\u0004 not a pdf".getBytes(
                java.nio.charset.StandardCharsets.ISO_8859_1)).statusCode(), "a zip posing as a PDF");
        byte[] pdf = org.suaka.platform.testing.PdfText.blankPage();
        assertEquals("application/pdf", SuakaClient.json(officer.putBytes(path + "/scan", "application/pdf", pdf))
                .getString("scanType"));
        assertEquals(pdf.length, SuakaClient.viewer().getBytes(path + "/scan").body().length);

        assertEquals(403, iom.get("/api/v1/agreements").statusCode());
        assertEquals(403, iom.get(path).statusCode());
        assertEquals(403, SuakaClient.viewer().postJson("/api/v1/agreements", body.formatted(iomKupang, "PKS-Z", "2030-01-01",
                "[\"IDENTITY\"]")).statusCode());
    }

    /** The minutes of IOM's visit of 11 September 2024 read as the official record of that meeting. */
    @Test
    void theMinutesOfTheEleventhOfSeptemberReadAsTheRecordOfThatMeeting() {
        SuakaClient officer = SuakaClient.officer();
        String iomKupang = SuakaClient.parse(officer.get("/api/v1/partners").body()).asJsonArray().getValuesAs(JsonObject.class)
                .stream().filter(p -> p.getString("name").equals("IOM Kupang")).findFirst().orElseThrow().getString("id");
        String visit = SuakaClient.parse(officer.get("/api/v1/partners/" + iomKupang + "/visits").body()).asJsonArray()
                .getValuesAs(JsonObject.class).stream().filter(v -> v.getString("date").equals("2024-09-11")).findFirst()
                .orElseThrow().getString("id");

        String minutes = org.suaka.platform.testing.PdfText.of(SuakaClient.viewer()
                .getBytes("/api/v1/reports/visit-minutes?visit=" + visit).body());
        assertTrue(minutes.contains("NOTULEN RAPAT") && minutes.contains("Rabu, 11 September 2024, pukul 10.00"), minutes);
        assertTrue(minutes.matches("(?s).*Jenis pertemuan\\s*:\\s*Kunjungan mitra ke Rumah Detensi Imigrasi.*"), minutes);
        assertTrue(minutes.matches("(?s).*Keputusan\\s+1\\. Rudenim Kupang dan IOM Kupang berbagi informasi perkembangan"
                + " pengungsi.*3\\. Rudenim Kupang tetap terbuka terhadap kunjungan mitra\\..*"), minutes);
        assertTrue(minutes.matches("(?s).*Mitra\\s*:\\s*IOM Kupang.*"), minutes);
        assertTrue(minutes.contains("berjumlah 171 orang"), minutes);
        assertTrue(minutes.matches("(?s).*1\\s+Ma'mum\\s+Kepala Rumah Detensi Imigrasi Kupang\\s+Rudenim Kupang.*"), minutes);
        assertTrue(minutes.matches("(?s).*3\\s+Stefani Mutarti\\s+Staf IOM Kupang\\s+IOM Kupang.*"), minutes);
        assertTrue(minutes.contains("3 orang pengungsi"), "the cases discussed are counted, not named: " + minutes);
        assertTrue(minutes.lastIndexOf("Herman Rabu") > minutes.indexOf("Daftar hadir"), "IOM's signatory: " + minutes);
        assertTrue(minutes.matches("(?s).*Tindak lanjut yang disepakati.*daftar terbaru penerima bantuan tunai.*selesai.*"
                + "Pemantauan bersama Rudenim Kupang dan IOM.*paling lambat 31 Oktober 2024.*"), minutes);
        assertTrue(officer.get("/api/v1/action-items?limit=500").body().contains("Pemantauan bersama Rudenim Kupang"));
        assertEquals(400, officer.postJson("/api/v1/visits/" + visit + "/action-items", """
                {"description": "Kirim data", "owner": "IOM Kupang", "dueOn": "2024-09-10"}""").statusCode(),
                "due before the meeting");
        assertEquals(403, iom.get("/api/v1/action-items").statusCode());

        String police = SuakaClient.json(officer.postJson("/api/v1/partners", """
                {"name": "Polsek Kelapa Lima %d", "type": "POLICE", "city": "Kupang"}""".formatted(System.nanoTime() % 100_000)))
                .getString("id");
        String meeting = SuakaClient.json(officer.postJson("/api/v1/visits", """
                {"organisationId": "%s", "date": "2024-10-02", "location": "Hotel Kupang Inn", "purpose": "Pemantauan bersama",
                 "kind": "JOINT_MONITORING", "startsAt": "09:00", "otherOrganisationIds": ["%s"],
                 "attendees": [{"name": "Ma'mum", "affiliation": "Rudenim Kupang"}]}""".formatted(police, iomKupang)))
                .getString("id");
        byte[] pdf = org.suaka.platform.testing.PdfText.blankPage();
        String files = "/api/v1/visits/" + meeting + "/attachments";
        JsonObject attached = SuakaClient.json(officer.postBytes(files + "?fileName=daftar-hadir-2-10-2024.pdf", "application/pdf", pdf));
        assertEquals("application/pdf", attached.getString("mediaType"));
        assertEquals(pdf.length, SuakaClient.viewer().getBytes(files + "/" + attached.getString("id")).body().length);
        assertTrue(SuakaClient.viewer().get("/api/v1/partners/" + iomKupang + "/visits").body().contains(meeting),
                "a joint monitoring is found under every partner that took part");
        assertEquals(403, iom.get(files).statusCode());
        assertEquals(403, iom.postBytes(files + "?fileName=x.pdf", "application/pdf", pdf).statusCode());
        assertEquals(403, iom.getBytes("/api/v1/reports/visit-minutes?visit=" + visit).statusCode());
    }

    /**
     * IOM's cash assistance of September 2024 is one record per family, summed per month in one query and in the
     * official summary; the same family is not paid twice, a voided record stops counting, and IOM's own staff
     * read only IOM's records.
     */
    @Test
    void septembersCashAssistanceIsSummedPerFamilyAndPaidOnce() {
        SuakaClient officer = SuakaClient.officer();
        JsonObject september = SuakaClient.parse(officer.get("/api/v1/assistance/totals?fromMonth=2024-09&toMonth=2024-09")
                .body()).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("organisationName").equals("IOM Kupang")).findFirst().orElseThrow();
        assertEquals("CASH", september.getString("kind"));
        assertTrue(september.getJsonNumber("personsCovered").longValue() >= 171, september.toString());
        long amount = september.getJsonNumber("amount").longValue();
        String summary = org.suaka.platform.testing.PdfText.of(SuakaClient.viewer()
                .getBytes("/api/v1/reports/assistance-summary?fromMonth=2024-09&toMonth=2024-09").body());
        String written = java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("id")).format(amount);
        assertTrue(summary.contains("REKAPITULASI BANTUAN"), summary);
        assertTrue(summary.matches("(?s).*September 2024\\s+IOM Kupang\\s+Bantuan tunai\\s+" + september.getInt("records")
                + "\\s+" + september.getInt("personsCovered") + "\\s+" + written.replace(".", "\\.") + ".*"), summary);

        JsonObject paid = SuakaClient.json(officer.get("/api/v1/assistance?fromMonth=2024-09&toMonth=2024-09&limit=1"))
                .getJsonArray("items").getJsonObject(0);
        String again = """
                {"personId": "%s", "organisationId": "%s", "kind": "CASH", "month": "2024-09", "amount": 1250000}"""
                .formatted(paid.getString("personId"), paid.getString("organisationId"));
        assertTrue(officer.postJson("/api/v1/assistance", again).body().contains("assistance-recorded"), "paid once a month");
        assertEquals(400, officer.postJson("/api/v1/assistance", again.replace("2024-09", "2999-01")).statusCode());
        assertEquals(400, officer.postJson("/api/v1/assistance", again.replace(", \"amount\": 1250000", "")).statusCode(),
                "cash has its amount");

        JsonObject august = SuakaClient.json(officer.postJson("/api/v1/assistance", again.replace("2024-09", "2024-08")
                .replace("1250000", "777000")));
        assertEquals(1, august.getInt("personsCovered"));
        String path = "/api/v1/assistance/" + august.getString("id");
        assertEquals(403, iom.postJson(path + "/void", "{\"reason\": \"x\", \"version\": 0}").statusCode());
        assertEquals("VOIDED", SuakaClient.json(officer.postJson(path + "/void", """
                {"reason": "Salah bulan: dibayar September", "version": %d}""".formatted(august.getInt("version"))))
                .getString("status"));
        assertFalse(officer.get("/api/v1/assistance/totals?fromMonth=2024-08&toMonth=2024-08").body().contains("777000"),
                "a voided record no longer counts");

        List<JsonObject> iomSees = SuakaClient.json(iom.get("/api/v1/assistance?limit=500")).getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertFalse(iomSees.isEmpty());
        assertTrue(iomSees.stream().allMatch(a -> a.getString("organisationName").equals("IOM Kupang")));
        assertEquals(403, iom.get("/api/v1/assistance/totals?fromMonth=2024-09&toMonth=2024-09").statusCode());
        assertEquals(403, iom.postJson("/api/v1/assistance", again).statusCode());
    }
}
