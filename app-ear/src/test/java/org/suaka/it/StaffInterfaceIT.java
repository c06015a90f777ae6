package org.suaka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.suaka.platform.testing.PdfText;

/**
 * The staff interface in a real browser: Debian's headless Chromium against the deployed EAR.
 */
@ExtendWith(ArquillianExtension.class)
class StaffInterfaceIT extends SuakaDeployment {

    @RegisterExtension
    static final Browser BROWSER = new Browser();

    @AfterAll
    static void closeBrowser() {
        BROWSER.close();
    }

    /** Every test starts signed in as the demo officer, with the interface in Indonesian. */
    @BeforeEach
    void signInAsOfficer() {
        BROWSER.driver.manage().deleteAllCookies();
        BROWSER.signIn("officer", "officer-demo");
        if (!"Dasbor".equals(BROWSER.find("nav-dashboard").getText())) {
            BROWSER.find("session:lang-id").click();
            BROWSER.wait.until(ExpectedConditions.textToBe(By.id("nav-dashboard"), "Dasbor"));
        }
    }

    @Test
    void aVisitorWithoutASessionIsSentToTheLoginPageAndAWrongPasswordIsRefused() {
        BROWSER.driver.manage().deleteAllCookies();
        BROWSER.open("/app/persons.xhtml");
        BROWSER.wait.until(ExpectedConditions.urlContains("/login.xhtml"));

        BROWSER.find("login:username").sendKeys("officer");
        BROWSER.find("login:password").sendKeys("not-the-password");
        BROWSER.submit("login:submit");

        assertTrue(BROWSER.find("login:messages").getText().contains("salah"));
        assertTrue(BROWSER.driver.getCurrentUrl().contains("/login.xhtml"));
        assertTrue(trail("operation=SIGN_IN&user=officer").stream().anyMatch(e -> e.getString("outcome").equals("FAILED")
                && e.getString("channel").equals("ui")), "the failed sign-in is on the audit trail");
    }

    /** The entries of Kupang's trail, as Rudenim Kupang's administrator reads them. */
    private static List<JsonObject> trail(String query) {
        return trail(SuakaClient.as("admin", "admin-demo"), query);
    }

    private static List<JsonObject> trail(SuakaClient admin, String query) {
        return SuakaClient.json(admin.get("/api/v1/audit?limit=200&" + query)).getJsonArray("items")
                .getValuesAs(JsonObject.class);
    }

    @Test
    void aSignedOutSessionCookieNoLongerOpensAnything() {
        BROWSER.open("/app/dashboard.xhtml");
        String saved = BROWSER.cookies();
        assertEquals(200, Browser.status("/app/persons.xhtml", saved), "the saved cookies open the page while signed in");

        BROWSER.click("session:logout");
        BROWSER.wait.until(ExpectedConditions.urlContains("/login.xhtml"));

        assertEquals(302, Browser.status("/app/persons.xhtml", saved), "the saved cookies are sent to the login page after sign-out");
        assertTrue(trail("operation=SIGN_OUT&user=officer").size() >= 1, "the sign-out is on the audit trail");
    }

    /**
     * IOM's staff sign in to the partner portal: they answer a referral to IOM, see the persons with only the fields
     * IOM's agreement grants (no supervision dates), and IOM's visits; no staff page, no other partner's data, and
     * no write of the office is reachable, while staff do not reach the portal.
     */
    @Test
    void iomSeesOnlyWhatTheAgreementGrantsInThePartnerPortal() {
        SuakaClient officer = SuakaClient.officer();
        String iomKupang = SuakaClient.parse(officer.get("/api/v1/partners").body()).asJsonArray().getValuesAs(JsonObject.class)
                .stream().filter(p -> p.getString("name").equals("IOM Kupang")).findFirst().orElseThrow().getString("id");
        String personId = SuakaClient.json(officer.postJson("/api/v1/persons?confirmDuplicate=true", """
                {"givenName": "Gul Bibi", "familyName": "Sadat", "sex": "FEMALE", "dateOfBirth": "1994-02-11",
                 "nationality": "AFG"}""")).getString("id");
        officer.postJson("/api/v1/referrals", """
                {"personId": "%s", "organisationId": "%s", "service": "LEGAL", "requestedOn": "%s",
                 "reason": "Pendampingan hukum untuk akta kelahiran anak"}""".formatted(personId, iomKupang,
                LocalDate.now(ZoneId.of("Asia/Makassar"))));
        assertEquals(200, BROWSER.statusWithSession("/app/dashboard.xhtml"));
        assertEquals(403, BROWSER.statusWithSession("/portal/referrals.xhtml"), "staff have no portal");

        BROWSER.driver.manage().deleteAllCookies();
        BROWSER.signIn("iom", "iom-demo", "/portal/referrals.xhtml");
        assertEquals("IOM Kupang", BROWSER.find("portal-organisation").getText());
        WebElement row = BROWSER.driver.findElements(By.cssSelector("#list\\:referralTable tbody tr")).stream()
                .filter(r -> r.getText().contains("Gul Bibi Sadat") && r.getText().contains("Bantuan hukum")).findFirst()
                .orElseThrow();
        row.findElement(By.cssSelector("button.open-referral")).click();
        BROWSER.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("referral-status"), "Diajukan"));
        assertTrue(BROWSER.driver.findElements(By.id("detail:cancel")).isEmpty(), "only the office cancels");
        BROWSER.find("detail:note").sendKeys("Dijadwalkan dengan paralegal IOM pekan depan");
        BROWSER.find("detail:accept").click();
        BROWSER.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("referral-status"), "Diterima"));
        BROWSER.screenshots("portal-referrals");
        JsonObject answered = SuakaClient.json(SuakaClient.viewer().get("/api/v1/referrals?person=" + personId)).getJsonArray("items")
                .getJsonObject(0);
        assertEquals("ACCEPTED", answered.getString("status"));
        assertEquals("iom", answered.getString("answeredBy"));

        BROWSER.click("nav-persons");
        BROWSER.wait.until(ExpectedConditions.urlContains("/portal/persons.xhtml"));
        String granted = BROWSER.find("granted").getText();
        assertTrue(granted.contains("Identitas") && granted.contains("Keluarga") && !granted.contains("Pengawasan"), granted);
        BROWSER.find("persons:name").sendKeys("Gul Bibi");
        BROWSER.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("persons:personTable"), "Gul Bibi Sadat"));
        String table = BROWSER.find("persons:personTable").getText();
        assertTrue(table.contains("Nama") && !table.contains("Diawasi sejak"), "no supervision column: " + table);
        BROWSER.screenshots("portal-persons");

        BROWSER.click("nav-visits");
        BROWSER.wait.until(ExpectedConditions.urlContains("/portal/visits.xhtml"));
        assertTrue(BROWSER.driver.findElement(By.tagName("main")).getText().contains("Rabu, 11 September 2024"));
        BROWSER.screenshots("portal-visits");

        for (String staffOnly : List.of("/app/dashboard.xhtml", "/app/persons.xhtml", "/app/partners.xhtml", "/app/referrals.xhtml",
                "/app/reports.xhtml", "/app/person.xhtml?id=" + personId, "/app/admin.xhtml")) {
            assertEquals(403, BROWSER.statusWithSession(staffOnly), staffOnly);
        }
        assertEquals(403, BROWSER.statusWithSession("/api/v1/partners"), "no partner list through the session either");
        assertEquals(403, BROWSER.statusWithSession("/api/v1/reports/monthly-statistics?month=2024-09"));
        assertEquals(403, BROWSER.statusWithSession("/api/v1/assistance/totals?fromMonth=2024-09&toMonth=2024-09"));
        BROWSER.click("session:logout");
        BROWSER.wait.until(ExpectedConditions.urlContains("/login.xhtml"));
    }

    @Test
    void repeatedWrongPasswordsForOneNameAreSlowedDown() {
        BROWSER.driver.manage().deleteAllCookies();
        String name = "penyusup" + System.nanoTime();
        List<String> messages = new java.util.ArrayList<>();
        for (int attempt = 1; attempt <= 8 && messages.stream().noneMatch(m -> m.contains("Terlalu banyak")); attempt++) {
            BROWSER.open("/login.xhtml");
            BROWSER.find("login:username").sendKeys(name);
            BROWSER.find("login:password").sendKeys("tebakan-" + attempt);
            BROWSER.submit("login:submit");
            messages.add(BROWSER.find("login:messages").getText());
        }
        assertTrue(messages.subList(0, 3).stream().allMatch(m -> m.contains("salah")), messages.toString());
        assertTrue(messages.get(messages.size() - 1).matches("Terlalu banyak .* dalam \\d+ detik\\."), messages.toString());
        assertTrue(trail(SuakaClient.as("ditjen", "ditjen-demo"), "operation=SIGN_IN&user=" + name).stream()
                .anyMatch(e -> e.getString("outcome").equals("THROTTLED")),
                "the refused attempt with a name of no office is on the top office's audit trail");
    }

    @Test
    void anAdministratorFiltersAndVerifiesTheAuditTrailAndTakesABackup() {
        assertTrue(BROWSER.driver.findElements(By.id("nav-admin")).isEmpty(), "officers see no admin entry");
        BROWSER.driver.manage().deleteAllCookies();
        BROWSER.signIn("admin", "admin-demo");
        BROWSER.find("nav-admin").click();
        BROWSER.find("audit:user").sendKeys("officer");
        BROWSER.click("audit:search");
        BROWSER.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            List<WebElement> rows = d.findElements(By.cssSelector("[id='audit:entries_data'] tr"));
            return !rows.isEmpty() && rows.stream().allMatch(r -> r.getText().contains("officer"));
        });
        BROWSER.click("audit:verify");
        BROWSER.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit:verdict"), "utuh"));

        BROWSER.click("backups:take");
        String taken = BROWSER.wait.until(d -> d.findElements(By.cssSelector(".ui-growl-title")).stream()
                .map(WebElement::getText).filter(t -> t.contains("sudah diambil")).findFirst().orElse(null));
        String name = taken.replaceAll(".*(suaka-\\d{8}-\\d{6}).*", "$1");
        BROWSER.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d ->
                d.findElement(By.id("backups:list_data")).getText().contains(name));
        BROWSER.screenshots("admin-backups");

        // a hostile template is refused with its reason and installs nothing; a good one is listed at once
        Path hostile = BROWSER.downloads.resolve("hostile-plugin.zip");
        Path good = BROWSER.downloads.resolve("browser-summary.zip");
        try {
            Files.write(hostile, TestFiles.templateExample("hostile-plugin", t -> t.replace(
                    "$P{SUAKA_OFFICE_NAME}.toUpperCase($P{REPORT_LOCALE})", "System.getenv().toString()")));
            Files.write(good, TestFiles.templateExample("browser-summary", t -> t));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        BROWSER.find("plugins:file").sendKeys(hostile.toString());
        BROWSER.submit("plugins:install");
        BROWSER.wait.until(d -> d.findElement(By.id("plugins")).getText().contains("'System' is not allowed"));
        BROWSER.find("plugins:file").sendKeys(good.toString());
        BROWSER.submit("plugins:install");
        BROWSER.wait.until(d -> d.findElement(By.id("plugins:list")).getText().contains("browser-summary.zip"));
        assertFalse(BROWSER.find("plugins:list").getText().contains("hostile-plugin.zip"));
        BROWSER.screenshots("admin-plugins");
        assertEquals(204, SuakaClient.as("admin", "admin-demo")
                .send("DELETE", "/api/v1/reports/plugins/browser-summary.zip", "").statusCode());
    }

    @Test
    void theDashboardShowsTheSameShelterFiguresAsTheApi() {
        String today = LocalDate.now(ZoneId.of("Asia/Makassar")).toString();
        Map<String, Long> api = SuakaClient.parse(SuakaClient.officer().get("/api/v1/shelters/occupancy?date=" + today)
                .body()).asJsonArray().getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(o -> o.getString("shelterName"), o -> o.getJsonNumber("occupants").longValue()));

        BROWSER.open("/app/dashboard.xhtml");
        List<WebElement> rows = BROWSER.driver.findElements(By.cssSelector("#occupancy tbody tr"));
        Map<String, Long> shown = rows.stream().collect(Collectors.toMap(
                r -> r.findElement(By.className("shelter-name")).getText(),
                r -> Long.parseLong(r.findElement(By.className("occupants")).getText())));

        assertEquals(api, shown);
        assertTrue(shown.keySet().containsAll(List.of("Hotel Lavender Kupang", "Hotel Ina Bo'i", "Hotel Kupang Inn")));
        assertTrue(Long.parseLong(BROWSER.find("under-supervision").getText()) >= 171);
        assertEquals("officer", BROWSER.find("user-name").getText());
        BROWSER.screenshot("dashboard");
    }

    @Test
    void theLanguageSwitchesToEnglishAndBackAndIsRememberedForTheUser() {
        assertEquals("Dasbor", BROWSER.find("nav-dashboard").getText());

        BROWSER.find("session:lang-en").click();
        BROWSER.wait.until(ExpectedConditions.textToBe(By.id("nav-dashboard"), "Dashboard"));
        BROWSER.driver.manage().deleteAllCookies();
        BROWSER.signIn("officer", "officer-demo");
        assertEquals("Dashboard", BROWSER.find("nav-dashboard").getText(), "the choice follows the user");
        assertEquals("en", BROWSER.driver.findElement(By.tagName("html")).getAttribute("lang"));

        BROWSER.find("session:lang-id").click();
        BROWSER.wait.until(ExpectedConditions.textToBe(By.id("nav-dashboard"), "Dasbor"));
    }

    @Test
    void thePersonListFiltersAndSortsInTheDatabase() {
        BROWSER.open("/app/persons.xhtml");
        WebElement filter = BROWSER.driver.findElement(By.cssSelector("[id='list:persons:name:filter']"));
        filter.sendKeys("Rezaei");
        BROWSER.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("#list\\:persons_data tr"))
                .stream().allMatch(r -> r.getText().contains("Rezaei")));
        assertFalse(BROWSER.driver.findElements(By.cssSelector("#list\\:persons_data tr")).isEmpty());

        filter.clear();
        filter.sendKeys(Keys.BACK_SPACE);
        BROWSER.wait.until(d -> nationalities().size() == 25);
        BROWSER.driver.findElement(By.cssSelector("[id='list:persons:nationality'] .ui-column-title")).click();
        BROWSER.wait.until(d -> "PAK".equals(nationalities().get(0)) || "AFG".equals(nationalities().get(0)));
        BROWSER.driver.findElement(By.cssSelector("[id='list:persons:nationality'] .ui-column-title")).click();
        BROWSER.wait.until(d -> "PAK".equals(nationalities().get(0)));
        List<String> shown = nationalities();
        assertEquals(shown.stream().sorted(java.util.Comparator.reverseOrder()).toList(), shown);
        BROWSER.driver.manage().window().setSize(new org.openqa.selenium.Dimension(800, 1000));
        BROWSER.screenshot("persons-tablet");
        BROWSER.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
    }

    /** The nationality column as shown; re-read when the table is being replaced by an Ajax update. */
    private static List<String> nationalities() {
        for (int attempt = 0; ; attempt++) {
            try {
                return BROWSER.driver.findElements(By.cssSelector("#list\\:persons_data .nationality")).stream()
                        .map(WebElement::getText).toList();
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    @Test
    void theRegistrationFormShowsTheServersMessagesBesideTheFields() {
        BROWSER.open("/app/person-new.xhtml");
        assertEquals("date", BROWSER.find("person:dateOfBirth").getDomAttribute("type"), "dates have the browser's picker");
        BROWSER.setValue("person:dateOfBirth", "2999-01-01");
        BROWSER.find("person:save").click();

        WebElement givenNameMessage = BROWSER.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='person:givenName'] ~ .ui-message, .field:has([id='person:givenName']) .ui-message")));
        assertEquals("wajib diisi", givenNameMessage.getText());
        assertEquals("harus antara 1 Januari 1900 dan hari ini", BROWSER.driver.findElement(
                By.cssSelector(".field:has([id='person:dateOfBirth']) .ui-message")).getText());
        BROWSER.screenshot("registration-form-errors");

        BROWSER.find("person:givenName").sendKeys("Ma'soumeh");
        BROWSER.find("person:familyName").sendKeys("Āzādī");
        BROWSER.setValue("person:dateOfBirth", "1994-02-11");
        BROWSER.select("person:nationality", "AFG");
        new org.openqa.selenium.support.ui.Select(BROWSER.driver.findElement(By.cssSelector("[id='person:sex_input']")))
                .selectByValue("FEMALE");
        BROWSER.find("person:save").click();
        confirmIfWarnedOfADuplicate();
        assertEquals("Ma'soumeh Āzādī", BROWSER.find("person-name").getText());
        String personId = BROWSER.driver.getCurrentUrl().replaceAll(".*[?&]id=([0-9a-f-]{36}).*", "$1");
        SuakaClient.as("admin", "admin-demo").get("/api/v1/audit/verify");
        List<JsonObject> written = trail("entityId=" + personId);
        assertTrue(written.stream().anyMatch(e -> e.getString("operation").equals("PersonService.register")
                && e.getString("actor").equals("officer") && e.getString("channel").equals("ui")
                && e.getJsonArray("changes").size() >= 5), "the registration through the page is on the trail: " + written);
        assertTrue(written.stream().anyMatch(e -> e.getString("operation").equals("PersonService.find")),
                "opening the person's page is on the trail");
    }

    /**
     * A namesake in the registry makes the form warn before it registers; a user who checked them confirms.
     * (The demo data may hold a namesake of a test's person.)
     */
    private static void confirmIfWarnedOfADuplicate() {
        BROWSER.wait.until(d -> !d.findElements(By.id("person-name")).isEmpty()
                || !d.findElements(By.id("person:duplicates")).isEmpty());
        if (!BROWSER.driver.findElements(By.id("person:duplicates")).isEmpty()) {
            BROWSER.driver.findElement(By.cssSelector("[id='person:duplicateChecked'] .ui-chkbox-box")).click();
            BROWSER.submit("person:save");
        }
    }

    /** The form warns of a transliterated spelling of a registered person, who is found under yet another. */
    @Test
    void aTransliteratedNamesakeIsWarnedOfAndFoundUnderAnotherSpelling() throws IOException {
        String born = "1977-0" + java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 10) + "-15";
        String registered = SuakaClient.json(SuakaClient.officer().postJson("/api/v1/persons?confirmDuplicate=true", """
                {"givenName": "Gholam Hossein", "familyName": "Qorbani", "sex": "MALE", "dateOfBirth": "%s",
                 "nationality": "AFG"}""".formatted(born))).getString("id");

        BROWSER.open("/app/person-new.xhtml");
        BROWSER.find("person:givenName").sendKeys("Ghulam Husain");
        BROWSER.find("person:familyName").sendKeys("Qurbani");
        BROWSER.setValue("person:dateOfBirth", born.substring(0, 8) + "20");
        BROWSER.select("person:nationality", "AFG");
        new org.openqa.selenium.support.ui.Select(BROWSER.driver.findElement(By.cssSelector("[id='person:sex_input']")))
                .selectByValue("MALE");
        Path photo = Files.createTempFile("foto-", ".png");
        Files.write(photo, TestFiles.portraitPng());
        BROWSER.find("person:photo").sendKeys(photo.toString());
        BROWSER.submit("person:save");
        WebElement warning = BROWSER.find("person:duplicates");
        assertTrue(warning.getText().contains("Gholam Hossein Qorbani"), warning.getText());
        assertTrue(warning.findElement(By.cssSelector("a")).getDomAttribute("href").contains(registered));
        assertTrue(BROWSER.find("person:photo-kept").isDisplayed(), "the chosen photo is kept through the warning");
        BROWSER.screenshots("registration-duplicate-warning");
        confirmIfWarnedOfADuplicate();
        BROWSER.wait.until(d -> !d.findElements(By.id("person-photo")).isEmpty());
        Object width = ((org.openqa.selenium.JavascriptExecutor) BROWSER.driver).executeScript(
                "const img = document.getElementById('person-photo'); return img.complete ? img.naturalWidth : -1;");
        assertEquals(90L, ((Number) width).longValue(), "the photo registered with the person is shown on their page");

        BROWSER.open("/app/persons.xhtml");
        BROWSER.driver.findElement(By.cssSelector("[id='list:persons:name:filter']")).sendKeys("Gulam Hussein Kurbani");
        BROWSER.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("list:persons_data")).getText().contains("Gholam Hossein"));
    }

    @Test
    void aShelterIsRecordedFromItsFormAfterBadInputIsRefused() {
        BROWSER.open("/app/shelters.xhtml");
        String name = "Hotel Sasando " + System.nanoTime();
        BROWSER.find("shelter:name").sendKeys(name);
        BROWSER.find("shelter:capacity").sendKeys("0");
        BROWSER.find("shelter:save").click();
        assertEquals("harus lebih dari 0", BROWSER.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".field:has([id='shelter:capacity']) .ui-message"))).getText());
        assertEquals("wajib diisi", BROWSER.driver.findElement(
                By.cssSelector(".field:has([id='shelter:city']) .ui-message")).getText());

        BROWSER.find("shelter:capacity").clear();
        BROWSER.find("shelter:capacity").sendKeys("12");
        BROWSER.find("shelter:city").sendKeys("Kupang");
        BROWSER.find("shelter:save").click();
        BROWSER.wait.until(ExpectedConditions.urlContains("/app/shelter.xhtml"));
        assertEquals(name, BROWSER.driver.findElement(By.tagName("h1")).getText());
        String shelterId = BROWSER.driver.getCurrentUrl().replaceAll(".*[?&]id=([0-9a-f-]{36}).*", "$1");

        BROWSER.find("edit-shelter").click();
        BROWSER.wait.until(ExpectedConditions.urlContains("/app/shelter-edit.xhtml"));
        assertEquals("12", BROWSER.find("shelter:capacity").getAttribute("value"));
        BROWSER.screenshots("shelter-correction");
        BROWSER.find("shelter:capacity").clear();
        BROWSER.find("shelter:capacity").sendKeys("15");
        BROWSER.find("shelter:save").click();
        BROWSER.wait.until(ExpectedConditions.urlContains("/app/shelter.xhtml"));
        assertTrue(BROWSER.driver.findElement(By.tagName("main")).getText().contains("Kapasitas: 15"));
        SuakaClient.as("admin", "admin-demo").get("/api/v1/audit/verify");
        assertTrue(trail("entityId=" + shelterId).stream().anyMatch(e -> e.getString("operation")
                .equals("ShelterService.update") && e.getString("channel").equals("ui") && e.getJsonArray("changes")
                .getValuesAs(JsonObject.class).stream().anyMatch(c -> c.getString("field").equals("capacity")
                        && c.getString("before").equals("12") && c.getString("after").equals("15"))),
                "the correction through the page is on the trail with before and after");
    }

    @Test
    void endingAPlacementAsksForConfirmationFirst() {
        SuakaClient officer = SuakaClient.officer();
        String shelterId = SuakaClient.json(officer.postJson("/api/v1/shelters", """
                {"name": "Rumah Singgah Oesapa %s", "city": "Kupang", "capacity": 4}
                """.formatted(System.nanoTime()))).getString("id");
        String personId = SuakaClient.json(officer.postJson("/api/v1/persons?confirmDuplicate=true", """
                {"givenName": "Habibullah", "familyName": "Popal", "sex": "MALE", "dateOfBirth": "1988-04-04",
                 "nationality": "AFG"}""")).getString("id");
        String today = LocalDate.now(ZoneId.of("Asia/Makassar")).toString();
        assertEquals(201, officer.postJson("/api/v1/placements", """
                {"personId": "%s", "shelterId": "%s", "from": "%s"}""".formatted(personId, shelterId, today)).statusCode());

        BROWSER.open("/app/shelter.xhtml?id=" + shelterId);
        assertEquals("1", BROWSER.find("occupant-count").getText());
        BROWSER.driver.findElement(By.xpath("//button[contains(., 'Akhiri penempatan')]")).click();
        WebElement dialog = BROWSER.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
        assertTrue(dialog.getText().contains("Habibullah Popal"), dialog.getText());
        dialog.findElement(By.cssSelector(".ui-confirmdialog-yes")).click();

        BROWSER.wait.until(d -> d.findElements(By.cssSelector("[id='occupants:table_data'] a")).isEmpty());
        assertEquals(0, SuakaClient.json(officer.get("/api/v1/shelters/" + shelterId + "/occupants?date=" + today)).getInt("total"));
    }

    @Test
    void aPartnersContactsAreCorrectedOnItsPageWithMessagesBesideTheRowAtFault() {
        String partnerId = SuakaClient.json(SuakaClient.officer().postJson("/api/v1/partners", """
                {"name": "Dinas Sosial Kota Kupang %s", "type": "LOCAL_GOVERNMENT", "city": "Kupang",
                 "contacts": [{"name": "Yosefina Bo'i", "position": "Kepala Bidang"}]}""".formatted(System.nanoTime())))
                .getString("id");
        BROWSER.open("/app/partner.xhtml?id=" + partnerId);
        BROWSER.find("edit-partner").click();
        BROWSER.wait.until(ExpectedConditions.urlContains("/app/partner-edit.xhtml"));
        BROWSER.click("partner:add-contact");
        BROWSER.find("partner:contacts:1:name").sendKeys("Agustinus Ndun");
        BROWSER.find("partner:contacts:1:phone").sendKeys("nomor kantor");
        BROWSER.find("partner:save").click();
        BROWSER.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".form-errors li")));
        BROWSER.screenshots("partner-correction-errors");
        assertTrue(BROWSER.driver.findElement(By.cssSelector(".field:has([id='partner:contacts:1:phone']) .ui-message"))
                .getText().length() > 0, "the bad number is refused beside its own field, in its own row");
        assertTrue(BROWSER.driver.findElement(By.cssSelector(".field:has([id='partner:name']) .ui-message"))
                .getText().isEmpty(), "and not beside the organisation's name");

        BROWSER.find("partner:contacts:1:phone").clear();
        BROWSER.find("partner:contacts:1:phone").sendKeys("+62 380 833 123");
        BROWSER.find("partner:contacts:1:email").sendKeys("agustinus.ndun@kupangkota.go.id");
        BROWSER.find("partner:save").click();
        BROWSER.wait.until(ExpectedConditions.urlContains("/app/partner.xhtml"));
        String page = BROWSER.driver.findElement(By.tagName("main")).getText();
        assertTrue(page.contains("Agustinus Ndun") && page.contains("Yosefina Bo'i") && page.contains("Pemerintah daerah"), page);
        SuakaClient.as("admin", "admin-demo").get("/api/v1/audit/verify");
        assertTrue(trail("entityId=" + partnerId).stream().anyMatch(e -> e.getString("operation")
                .equals("PartnerService.updateOrganisation") && e.getString("channel").equals("ui")),
                "the correction through the page is on the trail");
    }

    @Test
    void aPlacementsDatesAndAConsentAreCorrectedFromThePersonsPage() {
        SuakaClient officer = SuakaClient.officer();
        String personId = SuakaClient.json(officer.postJson("/api/v1/persons?confirmDuplicate=true", """
                {"givenName": "Gulalai", "familyName": "Yousafzai", "sex": "FEMALE", "dateOfBirth": "1998-07-12",
                 "nationality": "PAK", "supervisedFrom": "2025-03-01"}""")).getString("id");
        String shelterId = SuakaClient.json(officer.postJson("/api/v1/shelters", """
                {"name": "Wisma Oesapa %s", "city": "Kupang", "capacity": 4}""".formatted(System.nanoTime()))).getString("id");
        officer.postJson("/api/v1/placements", """
                {"personId": "%s", "shelterId": "%s", "from": "2025-03-10"}""".formatted(personId, shelterId));
        officer.postJson("/api/v1/persons/" + personId + "/consents", """
                {"topic": "Berbagi data dengan UNHCR", "givenOn": "2025-03-01", "language": "ur"}""");

        // 2025: the monthly report of September 2024 that a later test reads keeps its 171 persons
        BROWSER.open("/app/person.xhtml?id=" + personId);
        BROWSER.driver.findElement(By.cssSelector("a.edit-placement")).click();
        BROWSER.wait.until(ExpectedConditions.urlContains("/app/placement-edit.xhtml"));
        typeDate("placement:from", "2025-02-20");
        BROWSER.find("placement:save").click();
        assertTrue(BROWSER.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".field:has([id='placement:from']) .ui-message"))).getText().contains("2025-03-01"),
                "a stay cannot begin before supervision, and the message says when it began");
        BROWSER.screenshots("placement-correction-refused");
        typeDate("placement:from", "2025-03-05");
        BROWSER.find("placement:save").click();
        BROWSER.wait.until(ExpectedConditions.urlContains("/app/person.xhtml"));
        assertTrue(BROWSER.find("placements").getText().contains("5 Maret 2025"), BROWSER.find("placements").getText());

        openTab("consents");
        BROWSER.driver.findElement(By.cssSelector("a.edit-consent")).click();
        BROWSER.wait.until(ExpectedConditions.urlContains("/app/consent-edit.xhtml"));
        BROWSER.find("consent:interpreter").sendKeys("Ina Bo'i");
        BROWSER.find("consent:save").click();
        BROWSER.wait.until(ExpectedConditions.urlContains("/app/person.xhtml"));
        assertTrue(BROWSER.find("consents").getText().contains("Ina Bo'i"), BROWSER.find("consents").getText());
        BROWSER.screenshots("person-with-placements-and-consents");

        SuakaClient.as("admin", "admin-demo").get("/api/v1/audit/verify");
        List<JsonObject> onTrail = trail("entityId=" + personId);
        assertTrue(onTrail.stream().anyMatch(e -> e.getString("operation").equals("PersonService.correctConsent")
                && e.getString("channel").equals("ui")), "the consent correction is on the trail");
    }

    @Test
    void aVisitsRecordIsCorrectedFromThePartnersPage() {
        SuakaClient officer = SuakaClient.officer();
        String partnerId = SuakaClient.json(officer.postJson("/api/v1/partners", """
                {"name": "Polresta Kupang Kota %s", "type": "POLICE", "city": "Kupang"}""".formatted(System.nanoTime())))
                .getString("id");
        String visitId = SuakaClient.json(officer.postJson("/api/v1/visits", """
                {"organisationId": "%s", "date": "2024-10-02", "location": "Ruang rapat Rudenim Kupang",
                 "purpose": "Koordinasi pengawasan", "attendees": [{"name": "Ma'mum", "position": "Kepala"}]}"""
                .formatted(partnerId))).getString("id");

        BROWSER.open("/app/partner.xhtml?id=" + partnerId);
        BROWSER.driver.findElement(By.cssSelector("a.edit-visit")).click();
        BROWSER.wait.until(ExpectedConditions.urlContains("/app/visit-edit.xhtml"));
        BROWSER.find("visit:location").clear();
        BROWSER.find("visit:location").sendKeys("   ");
        BROWSER.find("visit:save").click();
        assertTrue(BROWSER.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".field:has([id='visit:location']) .ui-message"))).getText().length() > 0,
                "a blank place is refused beside its field");
        BROWSER.find("visit:location").clear();
        BROWSER.find("visit:location").sendKeys("Kantor Polresta Kupang Kota");
        typeDate("visit:date", "2024-10-03");
        BROWSER.click("visit:add-attendee");
        BROWSER.find("visit:attendees:1:name").sendKeys("Yohanes Seran");
        BROWSER.find("visit:attendees:1:affiliation").sendKeys("Polresta Kupang Kota");
        BROWSER.screenshots("visit-correction");
        BROWSER.find("visit:save").click();
        BROWSER.wait.until(ExpectedConditions.urlContains("/app/partner.xhtml"));
        String page = BROWSER.driver.findElement(By.tagName("main")).getText();
        assertTrue(page.contains("Kamis, 3 Oktober 2024") && page.contains("Yohanes Seran")
                && page.contains("Kantor Polresta Kupang Kota"), page);
        SuakaClient.as("admin", "admin-demo").get("/api/v1/audit/verify");
        assertTrue(trail("entityId=" + visitId).stream().anyMatch(e -> e.getString("operation")
                .equals("PartnerService.updateVisit") && e.getString("channel").equals("ui")), "on the trail");
    }

    /** Opens a tab of the case file shown, as a user clicks it, and waits for it. */
    private static void openTab(String tab) {
        BROWSER.find("tab-" + tab).click();
        BROWSER.wait.until(ExpectedConditions.urlContains("tab=" + tab));
    }

    /**
     * The person page as a case file: an officer moves a person into a shelter, ticks a specific need,
     * records a passport with its scan, issues an ID card and checks it on the card check page.
     */
    @Test
    void anOfficerKeepsTheCaseFileStatusNeedsDocumentAndCard() throws IOException {
        String personId = SuakaClient.json(SuakaClient.officer().postJson("/api/v1/persons?confirmDuplicate=true", """
                {"givenName": "Mahbooba", "familyName": "Sharifi", "sex": "FEMALE", "dateOfBirth": "1990-02-14",
                 "nationality": "AFG", "supervisedFrom": "2025-05-02"}""")).getString("id");

        BROWSER.open("/app/person.xhtml?id=" + personId);
        assertTrue(BROWSER.find("person-status").getText().contains("Ditemukan"));
        openTab("status");
        new org.openqa.selenium.support.ui.Select(BROWSER.driver.findElement(By.cssSelector("[id='statusChange:status_input']")))
                .selectByValue("IN_SHELTER");
        typeDate("statusChange:effectiveOn", "2025-05-03");
        BROWSER.submit("statusChange:changeStatus");
        BROWSER.wait.until(d -> d.findElement(By.id("person-status")).getText().contains("Di tempat penampungan"));
        assertTrue(BROWSER.find("statusHistory").getText().contains("3 Mei 2025"), BROWSER.find("statusHistory").getText());

        openTab("identity");
        BROWSER.driver.findElement(By.xpath("//label[contains(., 'Perempuan kepala keluarga')]")).click();
        BROWSER.submit("vulnerabilities:saveNeeds");
        BROWSER.wait.until(d -> d.findElement(By.id("person-badges")).getText().contains("Perempuan kepala keluarga"));

        openTab("documents");
        new org.openqa.selenium.support.ui.Select(BROWSER.driver.findElement(By.cssSelector("[id='documentRecord:type_input']")))
                .selectByValue("PASSPORT");
        BROWSER.find("documentRecord:number").sendKeys("P" + System.nanoTime() % 100_000_000);
        BROWSER.find("documentRecord:issuer").sendKeys("Islamic Republic of Afghanistan");
        typeDate("documentRecord:expiresOn", LocalDate.now().plusDays(20).toString());
        Path scan = Files.createTempFile("paspor-", ".pdf");
        Files.write(scan, TestFiles.onePagePdf());
        BROWSER.find("documentRecord:scan").sendKeys(scan.toString());
        BROWSER.submit("documentRecord:recordDocument");
        BROWSER.wait.until(d -> !d.findElements(By.cssSelector("a.scan-link")).isEmpty());

        openTab("cards");
        BROWSER.submit("cardIssue:issueCard");
        BROWSER.wait.until(d -> d.findElement(By.id("cards")).getText().contains("Berlaku"));
        BROWSER.screenshots("person-case-file");
        String number = BROWSER.driver.findElement(By.cssSelector("[id='cards'] a")).getText();
        assertTrue(number.matches("KIK-KPG-[0-9]{4}-[0-9]{5}"), number);

        BROWSER.open("/app/card-check.xhtml");
        BROWSER.find("cardCheck:number").sendKeys(number);
        BROWSER.submit("cardCheck:check");
        assertEquals("Berlaku", BROWSER.find("card-state").getText());
        BROWSER.screenshots("card-check");
        BROWSER.open("/app/dashboard.xhtml");
        String expiring = BROWSER.driver.findElement(By.cssSelector("li.expiring-documents")).getText();
        assertTrue(expiring.matches("(?s).*: [1-9][0-9]* dokumen.*"), expiring);
        assertTrue(SuakaClient.viewer().get("/api/v1/persons/documents/expiring?days=30&limit=500").body()
                .contains(personId), "the passport that expires in 20 days is on the list the dashboard shows");
    }

    private static void typeDate(String id, String isoDate) {
        ((org.openqa.selenium.JavascriptExecutor) BROWSER.driver).executeScript("arguments[0].value = arguments[1];",
                BROWSER.find(id), isoDate);
    }

    @Test
    void thePartnerPageShowsTheIomVisitOfSeptember2024InIndonesian() {
        BROWSER.open("/app/partners.xhtml");
        BROWSER.driver.findElement(By.linkText("IOM Kupang")).click();

        String page = BROWSER.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".visit"))).getText();
        assertTrue(page.contains("Rabu, 11 September 2024"), page);
        assertTrue(page.contains("Herman Rabu"), page);
        assertTrue(page.contains("Ma'mum"), page);
        assertTrue(page.contains("Hotel Ina Bo'i"), page);
    }

    @Test
    void aViewerWhoOpensTheFormDirectlyIsRefusedByTheServiceLayer() {
        long before = SuakaClient.json(SuakaClient.viewer().get("/api/v1/persons?limit=1")).getJsonNumber("total").longValue();
        BROWSER.driver.manage().deleteAllCookies();
        BROWSER.signIn("viewer", "viewer-demo");
        assertTrue(BROWSER.driver.findElements(By.id("new-person")).isEmpty(), "viewers get no link to the form");
        BROWSER.open("/app/person-new.xhtml");
        BROWSER.find("person:givenName").sendKeys("Nargis");
        BROWSER.setValue("person:dateOfBirth", "1999-09-09");
        BROWSER.select("person:nationality", "AFG");
        new org.openqa.selenium.support.ui.Select(BROWSER.driver.findElement(By.cssSelector("[id='person:sex_input']")))
                .selectByValue("FEMALE");
        BROWSER.submit("person:save");

        assertTrue(BROWSER.find("person:summary").getText().contains("tidak boleh"));
        assertEquals(before, SuakaClient.json(SuakaClient.viewer().get("/api/v1/persons?limit=1"))
                .getJsonNumber("total").longValue());
    }

    @Test
    void theMonthlyStatisticsPdfDownloadsFromTheReportsPage() throws IOException {
        BROWSER.open("/app/reports.xhtml");
        assertTrue(BROWSER.find("reports:report").getText().contains("Laporan Bulanan"),
                "the page offers the installed reports: " + BROWSER.find("reports:report").getText());
        BROWSER.screenshots("reports");
        // the form is generated from the report's parameters: its month has the browser's month picker
        WebElement month = BROWSER.find("reports:params:0:value");
        assertEquals("month", month.getDomAttribute("type"));
        ((org.openqa.selenium.JavascriptExecutor) BROWSER.driver).executeScript("arguments[0].value = '2024-09'", month);
        BROWSER.find("reports:download").click();

        Path pdf = BROWSER.downloads.resolve("monthly-statistics-2024-09.pdf");
        BROWSER.wait.until(d -> Files.exists(pdf) && pdf.toFile().length() > 0);
        String text = PdfText.of(Files.readAllBytes(pdf));
        assertTrue(text.contains("171 orang"), text);
        assertTrue(text.contains("RUMAH DETENSI IMIGRASI KUPANG"), text);
    }

    @Test
    void anOfficerOfJakartaWorksInJakartaAndTransfersAPersonToKupang() {
        SuakaClient jakarta = SuakaClient.as("officer-jakarta", "jakarta-demo");
        String personId = SuakaClient.json(jakarta.postJson("/api/v1/persons?confirmDuplicate=true", """
                {"givenName": "Faduma", "familyName": "Abdi Nur", "sex": "FEMALE", "dateOfBirth": "1999-08-08",
                 "nationality": "SOM", "unhcrCaseNumber": "386-25C00777", "supervisedFrom": "2025-04-07"}"""))
                .getString("id");
        BROWSER.driver.manage().deleteAllCookies();
        BROWSER.signIn("officer-jakarta", "jakarta-demo");

        assertEquals("Rumah Detensi Imigrasi Jakarta", BROWSER.find("office-name").getText());
        List<String> shelters = BROWSER.driver.findElements(By.cssSelector("#occupancy .shelter-name")).stream()
                .map(WebElement::getText).toList();
        assertTrue(shelters.contains("Wisma Kalideres") && shelters.stream().noneMatch(n -> n.contains("Kupang")),
                shelters.toString());
        BROWSER.open("/app/persons.xhtml");
        assertFalse(BROWSER.driver.findElement(By.id("list")).getText().contains("Hosseini"),
                "no Kupang family name in Jakarta's list");
        BROWSER.screenshots("persons-jakarta");

        BROWSER.open("/app/person.xhtml?id=" + personId);
        BROWSER.find("transfer-person").click();
        assertEquals("Faduma Abdi Nur", BROWSER.find("transfer-name").getText());
        new org.openqa.selenium.support.ui.Select(BROWSER.driver.findElement(By.cssSelector("[id='transfer:to_input']")))
                .selectByVisibleText("Rumah Detensi Imigrasi Kupang");
        BROWSER.screenshots("person-transfer");
        BROWSER.find("transfer:save").click();
        BROWSER.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")))
                .findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
        BROWSER.wait.until(ExpectedConditions.urlContains("/app/persons.xhtml"));

        assertEquals(404, jakarta.get("/api/v1/persons/" + personId).statusCode());
        BROWSER.driver.manage().deleteAllCookies();
        BROWSER.signIn("officer", "officer-demo");
        BROWSER.open("/app/person.xhtml?id=" + personId);
        String history = BROWSER.find("offices").getText();
        assertTrue(history.contains("Rumah Detensi Imigrasi Jakarta") && history.contains("Rumah Detensi Imigrasi Kupang")
                && history.contains("Pindahan"), history);
        BROWSER.screenshots("person-offices");
    }

    @Test
    void ditjenSeesEveryOfficeChangesNothingAndPicksOne() {
        BROWSER.driver.manage().deleteAllCookies();
        BROWSER.signIn("ditjen", "ditjen-demo");

        assertEquals("Direktorat Jenderal Imigrasi", BROWSER.find("office-name").getText());
        String perOffice = BROWSER.find("per-office").getText();
        assertTrue(perOffice.contains("Rumah Detensi Imigrasi Kupang") && perOffice.contains("Rumah Detensi Imigrasi Jakarta"),
                perOffice);
        BROWSER.screenshots("dashboard-national");
        String kupangPerson = SuakaClient.json(SuakaClient.officer().get("/api/v1/persons?limit=1")).getJsonArray("items")
                .getJsonObject(0).getString("id");
        BROWSER.open("/app/person.xhtml?id=" + kupangPerson);
        assertFalse(BROWSER.find("person-name").getText().isEmpty());
        assertTrue(BROWSER.driver.findElements(By.id("edit-person")).isEmpty(), "Ditjen changes no record");
        assertTrue(BROWSER.driver.findElements(By.id("transfer-person")).isEmpty());

        BROWSER.open("/app/dashboard.xhtml");
        new org.openqa.selenium.support.ui.Select(BROWSER.find("office-bar:office-pick"))
                .selectByVisibleText("Rumah Detensi Imigrasi Jakarta");
        BROWSER.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("per-office"), "Jakarta"));
        BROWSER.wait.until(d -> !d.findElement(By.id("per-office")).getText().contains("Kupang"));
        String today = LocalDate.now(ZoneId.of("Asia/Makassar")).toString();
        long jakartaToday = SuakaClient.parse(SuakaClient.as("officer-jakarta", "jakarta-demo")
                .get("/api/v1/shelters/occupancy?date=" + today).body()).asJsonArray().getValuesAs(JsonObject.class)
                .stream().mapToLong(o -> o.getJsonNumber("occupants").longValue()).sum();
        List<String> shelters = BROWSER.driver.findElements(By.cssSelector("#occupancy .occupants")).stream()
                .map(WebElement::getText).toList();
        assertEquals(jakartaToday, shelters.stream().mapToLong(Long::parseLong).sum(), shelters.toString());
        BROWSER.screenshots("dashboard-national-jakarta");
        new org.openqa.selenium.support.ui.Select(BROWSER.find("office-bar:office-pick")).selectByValue("");
        BROWSER.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("per-office"), "Kupang"));

        BROWSER.find("nav-admin").click();
        assertTrue(BROWSER.find("offices:list").getText().contains("JKT"));
        new org.openqa.selenium.support.ui.Select(BROWSER.driver.findElement(By.cssSelector("[id='offices:office_input']")))
                .selectByVisibleText("Rumah Detensi Imigrasi Jakarta");
        BROWSER.find("offices:userName").sendKeys("petugas.kalideres");
        BROWSER.click("offices:assign");
        BROWSER.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d ->
                d.findElement(By.id("offices:members")).getText().contains("petugas.kalideres"));
        assertTrue(SuakaClient.parse(SuakaClient.as("ditjen", "ditjen-demo").get("/api/v1/offices/" + jakartaOfficeId()
                + "/members").body()).asJsonArray().getValuesAs(JsonObject.class).stream()
                .anyMatch(m -> m.getString("userName").equals("petugas.kalideres")), "the assignment is stored");
        BROWSER.screenshots("admin-offices");
    }

    private static String jakartaOfficeId() {
        return SuakaClient.json(SuakaClient.as("officer-jakarta", "jakarta-demo").get("/api/v1/offices/mine")).getString("id");
    }

    @Test
    void anyoneHoldingTheDocumentVerifiesItOnThePublicPageWithoutSigningIn() throws IOException {
        HttpResponse<byte[]> issued = SuakaClient.viewer().getBytes("/api/v1/reports/monthly-statistics?month=2024-09");
        String code = issued.headers().firstValue("X-Verification-Code").orElseThrow();
        Path original = Files.createTempFile("laporan-", ".pdf");
        Files.write(original, issued.body());
        byte[] flipped = issued.body().clone();
        flipped[flipped.length / 2] ^= 1;
        Path changed = Files.createTempFile("laporan-ubah-", ".pdf");
        Files.write(changed, flipped);
        BROWSER.driver.manage().deleteAllCookies();

        BROWSER.open("/verify?code=" + code);
        assertEquals("W22", BROWSER.find("number").getText().substring(0, 3), "the QR code's address opens the record");
        assertTrue(BROWSER.find("office").getText().contains("Kupang"));
        BROWSER.find("verify:file").sendKeys(original.toString());
        BROWSER.submit("verify:check");
        assertTrue(BROWSER.find("verdict").getText().startsWith("Sah"), BROWSER.find("verdict").getText());
        BROWSER.screenshots("verify-authentic");

        BROWSER.find("verify:code").clear();
        BROWSER.find("verify:code").sendKeys(code);
        BROWSER.find("verify:file").sendKeys(changed.toString());
        BROWSER.submit("verify:check");
        assertTrue(BROWSER.find("verdict").getText().startsWith("Tidak sah"), BROWSER.find("verdict").getText());
        assertTrue(BROWSER.driver.getCurrentUrl().contains("/verify"), "no sign-in was asked for");
    }

    @Test
    void aSupervisorFindsAnIssuedDocumentInTheHistoryAndRevokesIt() {
        SuakaClient supervisor = SuakaClient.as("supervisor", "supervisor-demo");
        HttpResponse<byte[]> issued = supervisor.getBytes("/api/v1/reports/monthly-statistics?month=2024-08");
        String number = issued.headers().firstValue("X-Document-Number").orElseThrow();
        String code = issued.headers().firstValue("X-Verification-Code").orElseThrow();
        BROWSER.driver.manage().deleteAllCookies();
        BROWSER.signIn("supervisor", "supervisor-demo");

        BROWSER.open("/app/reports.xhtml");
        assertTrue(BROWSER.find("history:documents").getText().contains(number));
        new org.openqa.selenium.support.ui.Select(BROWSER.driver.findElement(By.cssSelector("[id='history:revoking_input']")))
                .selectByVisibleText(number);
        BROWSER.find("history:reason").sendKeys("Angka keliru: diganti dengan dokumen berikutnya");
        BROWSER.screenshots("reports-history");
        BROWSER.click("history:revoke");
        BROWSER.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")))
                .findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
        BROWSER.wait.until(d -> d.findElements(By.cssSelector(".ui-growl-title")).stream()
                .anyMatch(t -> t.getText().contains("dicabut")));

        JsonObject verdict = SuakaClient.json(SuakaClient.viewer().get("/api/v1/reports/verify/" + code));
        assertEquals("Angka keliru: diganti dengan dokumen berikutnya",
                verdict.getJsonObject("revocation").getString("reason"), verdict.toString());
    }

    /**
     * An officer takes the roll call of Hotel Ina Bo'i for 9 September 2024 on a tablet (800 × 1280): the whole
     * shelter on one page, one tap to mark two persons absent, one save; both come back flagged.
     */
    @Test
    void anOfficerTakesTheRollCallOfHotelInaBoiOnATablet() {
        String inaBoi = SuakaClient.parse(SuakaClient.officer().get("/api/v1/shelters").body()).asJsonArray()
                .getValuesAs(JsonObject.class).stream().filter(s -> s.getString("name").equals("Hotel Ina Bo'i"))
                .findFirst().orElseThrow().getString("id");
        org.openqa.selenium.Dimension desktop = BROWSER.driver.manage().window().getSize();
        BROWSER.driver.manage().window().setSize(new org.openqa.selenium.Dimension(800, 1280));
        try {
            BROWSER.open("/app/rollcall.xhtml?shelter=" + inaBoi + "&day=2024-09-09");
            assertEquals("Hotel Ina Bo'i", BROWSER.find("rollcall-shelter").getText());
            List<WebElement> rows = BROWSER.driver.findElements(By.cssSelector(".rollcall-row"));
            assertTrue(rows.size() > 20, "the whole shelter on one page: " + rows.size());
            for (WebElement row : rows.subList(0, 2)) {
                row.findElement(By.xpath(".//div[contains(concat(' ', normalize-space(@class), ' '), ' ui-button ')]"
                        + "[.//span[normalize-space()='Tidak hadir']]")).click();
            }
            BROWSER.find("rollcall:save").click();
            BROWSER.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rollcall:rollcall-flagged"),
                    "2 tidak hadir tanpa izin"));
            BROWSER.screenshot("rollcall-tablet");
        } finally {
            BROWSER.driver.manage().window().setSize(desktop);
        }
        JsonObject saved = SuakaClient.json(SuakaClient.viewer().get("/api/v1/presence-checks?shelter=" + inaBoi + "&date=2024-09-09"));
        assertEquals(2, saved.getJsonArray("lines").getValuesAs(JsonObject.class).stream().filter(l -> l.getBoolean("flagged")).count());
        assertEquals("officer", saved.getString("takenBy"));
    }

    @Test
    void anInspectionsShortcomingIsFollowedUpUntilClosedFromItsPage() {
        String shelterId = SuakaClient.json(SuakaClient.officer().postJson("/api/v1/shelters", """
                {"name": "Wisma Liliba %s", "city": "Kupang", "capacity": 12}""".formatted(System.nanoTime()))).getString("id");
        BROWSER.open("/app/shelter.xhtml?id=" + shelterId);
        BROWSER.submit("inspections-link");
        BROWSER.find("record:inspector").sendKeys("Yohanes Ndun");
        typeDate("record:inspectedOn", "2025-03-03");
        BROWSER.select("record:findings:0:condition", "NEEDS_IMPROVEMENT");
        BROWSER.find("record:findings:0:note").sendKeys("Air keran keruh di lantai 2");
        BROWSER.select("record:findings:1:condition", "GOOD");
        BROWSER.find("record:save").click();
        BROWSER.wait.until(ExpectedConditions.textMatches(By.cssSelector(".field:has([id='record:followUp']) .ui-message"),
                java.util.regex.Pattern.compile(".+")));
        assertEquals(0, SuakaClient.json(SuakaClient.viewer().get("/api/v1/inspections?shelter=" + shelterId)).getInt("total"),
                "nothing written while the follow-up is missing");

        BROWSER.find("record:followUp").sendKeys("Pengelola menguras tandon air");
        BROWSER.find("record:save").click();
        BROWSER.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("opened-follow-up"),
                "Pengelola menguras tandon air"));
        assertTrue(BROWSER.find("detail:openedFindings").getText().contains("Perlu perbaikan"));
        assertTrue(BROWSER.find("list:inspectionTable").getText().contains("Tindak lanjut berjalan"));
        BROWSER.screenshots("inspections");

        BROWSER.find("detail:closingNote").sendKeys("Tandon dikuras; air jernih saat diperiksa ulang");
        BROWSER.find("detail:closeFollowUp").click();
        BROWSER.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("opened-closed")));
        JsonObject inspection = SuakaClient.json(SuakaClient.viewer().get("/api/v1/inspections?shelter=" + shelterId))
                .getJsonArray("items").getJsonObject(0);
        assertEquals("officer", inspection.getString("closedBy"));
        assertEquals("NEEDS_IMPROVEMENT", inspection.getJsonArray("findings").getJsonObject(0).getString("condition"));
        assertEquals(2, inspection.getJsonArray("findings").size(), "the facilities not looked at are not findings");
    }

    @Test
    void anOfficerRefersAPersonFromTheCaseFileAndRecordsThePartnersAnswer() {
        SuakaClient officer = SuakaClient.officer();
        String personId = SuakaClient.json(officer.postJson("/api/v1/persons?confirmDuplicate=true", """
                {"givenName": "Mahbooba", "familyName": "Rahimi", "sex": "FEMALE", "dateOfBirth": "1989-07-07",
                 "nationality": "AFG"}""")).getString("id");
        String clinic = SuakaClient.json(officer.postJson("/api/v1/partners", """
                {"name": "Puskesmas Oesapa %s", "type": "HEALTH_FACILITY", "city": "Kupang"}""".formatted(System.nanoTime() % 100_000)))
                .getString("id");

        BROWSER.open("/app/person.xhtml?id=" + personId + "&tab=referrals");
        BROWSER.submit("refer-link");
        assertEquals("Mahbooba Rahimi", BROWSER.find("refer:personName").getText());
        BROWSER.select("refer:organisationId", clinic);
        BROWSER.select("refer:service", "MEDICAL");
        BROWSER.find("refer:reason").sendKeys("Keluhan nyeri dada berulang");
        BROWSER.find("refer:save").click();
        BROWSER.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("referral-status"), "Diajukan"));

        BROWSER.find("detail:accept").click();
        BROWSER.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("referral-status"), "Diterima"));
        BROWSER.find("detail:outcome").sendKeys("Diperiksa dokter; rawat jalan");
        BROWSER.find("detail:completeIt").click();
        BROWSER.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("referral-status"), "Selesai"));
        BROWSER.screenshots("referrals");

        BROWSER.open("/app/person.xhtml?id=" + personId + "&tab=referrals");
        assertTrue(BROWSER.find("referrals").getText().contains("Diperiksa dokter; rawat jalan"));
        JsonObject saved = SuakaClient.json(SuakaClient.viewer().get("/api/v1/referrals?person=" + personId)).getJsonArray("items")
                .getJsonObject(0);
        assertEquals("COMPLETED", saved.getString("status"));
        assertEquals("officer", saved.getString("answeredBy"));
    }

    @Test
    void anOfficerRecordsAVisitLikeTheSeedsAndFindsItAgainByPartnerAndDate() throws IOException {
        String partner = "Dinas Sosial Kota Kupang " + System.nanoTime() % 100_000;
        String partnerId = SuakaClient.json(SuakaClient.officer().postJson("/api/v1/partners", """
                {"name": "%s", "type": "LOCAL_GOVERNMENT", "city": "Kupang", "contacts": [
                 {"name": "Yosefina Lay", "position": "Kepala Bidang Rehabilitasi Sosial"},
                 {"name": "Agustinus Bria", "position": "Kepala Dinas", "activeUntil": "2023-12-31"}]}""".formatted(partner)))
                .getString("id");

        BROWSER.open("/app/partner.xhtml?id=" + partnerId);
        BROWSER.submit("new-visit");
        assertEquals(partner, BROWSER.find("visit-partner").getText());
        BROWSER.select("visit:kind", "COORDINATION_MEETING");
        typeDate("visit:date", "2024-10-15");
        typeDate("visit:startsAt", "09:30");
        BROWSER.find("visit:location").sendKeys("Ruang Kepala Rumah Detensi Imigrasi Kupang");
        BROWSER.find("visit:purpose").sendKeys("Koordinasi penempatan pengungsi di Kota Kupang");
        BROWSER.find("visit:minutes").sendKeys("Dinas Sosial mendata kebutuhan sekolah anak pengungsi.");
        BROWSER.find("visit:decisions").sendKeys("Anak pengungsi usia sekolah didaftarkan ke SD Negeri Oesapa.");
        BROWSER.find("visit:attendees:0:name").sendKeys("Ma'mum");
        BROWSER.find("visit:attendees:0:position").sendKeys("Kepala Rumah Detensi Imigrasi Kupang");
        BROWSER.find("visit:attendees:0:affiliation").sendKeys("Rudenim Kupang");
        BROWSER.submit("visit:add-contacts");
        assertEquals("Yosefina Lay", BROWSER.find("visit:attendees:1:name").getAttribute("value"));
        assertEquals(partner, BROWSER.find("visit:attendees:1:affiliation").getAttribute("value"));
        assertTrue(BROWSER.driver.findElements(By.id("visit:attendees:2:name")).isEmpty(), "a former contact is not offered");
        BROWSER.find("visit:newActions:0:description").sendKeys("Dinas Sosial mengirim data sekolah terdekat");
        BROWSER.find("visit:newActions:0:owner").sendKeys(partner);
        typeDate("visit:newActions:0:dueOn", "2024-10-01");
        BROWSER.submit("visit:save");
        assertTrue(BROWSER.find("visit").getText().contains("batas waktu, pada atau sesudah tanggal pertemuan"),
                "an action item due before the meeting is refused and nothing is saved");
        assertEquals("[]", SuakaClient.viewer().get("/api/v1/partners/" + partnerId + "/visits").body());
        typeDate("visit:newActions:0:dueOn", "2024-10-31");
        Path attendance = Files.createTempFile("daftar-hadir-", ".pdf");
        Files.write(attendance, PdfText.blankPage());
        BROWSER.find("visit:attachment").sendKeys(attendance.toString());
        BROWSER.submit("visit:save");

        BROWSER.wait.until(ExpectedConditions.urlContains("/app/partner.xhtml"));
        String visits = BROWSER.driver.findElement(By.tagName("main")).getText();
        assertTrue(visits.contains("Selasa, 15 Oktober 2024") && visits.contains("Yosefina Lay"), visits);
        assertTrue(visits.contains("Dinas Sosial mengirim data sekolah terdekat"), visits);
        assertTrue(visits.contains(attendance.getFileName().toString()), "the attendance list is attached: " + visits);
        assertTrue(visits.contains("Rapat koordinasi") && visits.contains("09:30")
                && visits.contains("didaftarkan ke SD Negeri Oesapa"), visits);
        List<JsonObject> found = SuakaClient.parse(SuakaClient.viewer().get("/api/v1/partners/" + partnerId + "/visits").body())
                .asJsonArray().getValuesAs(JsonObject.class);
        assertEquals(List.of("2024-10-15"), found.stream().map(v -> v.getString("date")).toList());
        assertEquals(2, found.get(0).getJsonArray("attendees").size());
        assertEquals("COORDINATION_MEETING", found.get(0).getString("kind"));
    }

    /**
     * The sample files import through the page: the transliterated demo persons are found and linked, the new
     * one registered once, the bad rows refused with their reasons, and nothing written before the officer confirms.
     */
    @Test
    void anOfficerImportsTheSampleFilesWithTheDuplicatesLinked() {
        Path samples = Path.of("..", "docs", "samples").toAbsolutePath().normalize();
        long before = SuakaClient.json(SuakaClient.viewer().get("/api/v1/persons?limit=1")).getJsonNumber("total").longValue();
        BROWSER.open("/app/persons.xhtml");
        BROWSER.submit("import-link");

        BROWSER.find("import:file").sendKeys(samples.resolve("pengungsi-ejaan-lain.csv").toString());
        BROWSER.submit("import:read");
        new org.openqa.selenium.support.ui.Select(BROWSER.find("import:columns:3:column")).selectByValue("");
        BROWSER.submit("import:preview");
        awaitCounts("Ditolak: 6");
        assertTrue(BROWSER.find("job:download-refused").isDisplayed(), "without the date of birth column every row is refused");

        BROWSER.submit("job:another");
        BROWSER.find("import:file").sendKeys(samples.resolve("pengungsi-ejaan-lain.csv").toString());
        BROWSER.submit("import:read");
        assertEquals("Tanggal lahir", new org.openqa.selenium.support.ui.Select(BROWSER.find("import:columns:3:column"))
                .getFirstSelectedOption().getText(), "the column is found by its header");
        BROWSER.find("import:mappingName").sendKeys("Ejaan lain IOM");
        BROWSER.submit("import:save-mapping");
        assertTrue(BROWSER.driver.getPageSource().contains("Pemetaan \u201cEjaan lain IOM\u201d disimpan."));
        BROWSER.screenshots("import-mapping");
        BROWSER.submit("import:preview");
        String counts = awaitCounts("Kemungkinan data ganda: 4");
        assertTrue(counts.contains("Baru: 1") && counts.contains("Berulang dalam berkas: 1"), counts);
        assertTrue(BROWSER.find("job:verdicts").getText().contains("Rahmatullah Mohammadi"), "the candidate is named");
        assertEquals(before, SuakaClient.json(SuakaClient.viewer().get("/api/v1/persons?limit=1")).getJsonNumber("total")
                .longValue(), "a preview writes nothing");
        BROWSER.screenshots("import-preview");
        BROWSER.driver.navigate().refresh();
        assertTrue(BROWSER.find("import-counts").getText().contains("Kemungkinan data ganda: 4"), "the job outlives the page");

        BROWSER.find("job:apply").click();
        WebElement dialog = BROWSER.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
        dialog.findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
        BROWSER.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-written"), "Terdaftar 1, dihubungkan 4"));
        assertEquals(before + 1, SuakaClient.json(SuakaClient.viewer().get("/api/v1/persons?limit=1")).getJsonNumber("total")
                .longValue());
        assertEquals(1, SuakaClient.json(SuakaClient.viewer().get("/api/v1/persons?name=Sultanz")).getJsonNumber("total").longValue());

        BROWSER.submit("job:another");
        assertTrue(new org.openqa.selenium.support.ui.Select(BROWSER.find("import:saved")).getOptions().stream()
                .anyMatch(o -> o.getText().equals("Ejaan lain IOM")), "the saved mapping is offered");
        BROWSER.find("import:file").sendKeys(samples.resolve("pengungsi-baris-salah.csv").toString());
        BROWSER.submit("import:read");
        BROWSER.submit("import:preview");
        awaitCounts("Ditolak: 7");
        assertTrue(BROWSER.find("job:verdicts").getText().contains("Atlantis"), "each row says why it is refused");
        BROWSER.screenshots("import-refused");
    }

    /**
     * A shelter of 3,000 occupants (imported as one job with the shelter column) opens with the count and
     * the first 50 occupants, named, and pages on; the API gives the occupants a page at a time.
     */
    @Test
    void aShelterOfThreeThousandOccupantsOpensAndPages() {
        SuakaClient officer = SuakaClient.officer();
        String tag = Long.toString(System.nanoTime() % 1_000_000_000L, 26).replaceAll("[0-9]", "q");
        String shelter = "Wisma Besar Oesapa " + tag;
        String shelterId = SuakaClient.json(officer.postJson("/api/v1/shelters", "{\"name\": \"" + shelter + "\", \"address\":"
                + " \"Jl. Timor Raya No. 88\", \"city\": \"Kupang\", \"capacity\": 3000, \"type\": \"HOTEL\"}")).getString("id");
        List<String> given = List.of("Hamidullah", "Nasratullah", "Wahidullah", "Khatera", "Nazifa", "Storay");
        StringBuilder csv = new StringBuilder("Nama depan,Nama keluarga,Jenis kelamin,Tanggal lahir,Kewarganegaraan,"
                + "Penampungan,Ditempatkan sejak,Diawasi sejak\n");
        for (int i = 0; i < 3000; i++) {
            String family = "Ghaznawi" + tag + Integer.toString(i, 26).chars().mapToObj(c -> String.valueOf((char) (Character
                    .isDigit(c) ? 'a' + c - '0' : c + 10))).collect(Collectors.joining());
            csv.append(given.get(i % given.size())).append(',').append(family).append(',').append(i % 2 == 0 ? "L" : "P")
                    .append(',').append(LocalDate.of(1960, 1, 1).plusDays(i * 5L)).append(',').append(i % 3 == 0 ? "PAK" : "AFG")
                    .append(',').append(shelter).append(",01/11/2026,01/11/2026\n");
        }
        String job = officer.postBytes("/api/v1/imports/jobs?fileName=wisma-besar.csv&lang=id", "text/csv",
                csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)).headers().firstValue("Location").orElseThrow();
        job = job.substring(job.indexOf("/api/v1/"));
        assertEquals(3000, DataExchangeIT.awaitState(officer, job, "READY", 300).getInt("newRows"));
        officer.postBytes(job + "/apply", "text/csv", new byte[0]);
        assertEquals(3000, DataExchangeIT.awaitState(officer, job, "DONE", 300).getInt("created"));

        String occupants = "/api/v1/shelters/" + shelterId + "/occupants?date=2026-11-20";
        JsonObject first = SuakaClient.json(officer.get(occupants));
        assertEquals(3000, first.getInt("total"));
        assertEquals(100, first.getJsonArray("items").size(), "one page by default");
        assertEquals(50, SuakaClient.json(officer.get(occupants + "&offset=2950&limit=500")).getJsonArray("items").size());
        assertEquals(400, officer.get(occupants + "&limit=5000").statusCode(), "no page is longer than 500 rows");

        BROWSER.open("/app/shelter.xhtml?id=" + shelterId);
        assertEquals("3000", BROWSER.find("occupant-count").getText());
        List<WebElement> rows = BROWSER.driver.findElements(By.cssSelector("[id='occupants:table_data'] tr"));
        assertEquals(50, rows.size());
        assertTrue(rows.get(0).getText().contains("Ghaznawi" + tag), "the occupants are named: " + rows.get(0).getText());
        BROWSER.screenshots("shelter-3000-occupants");
        BROWSER.driver.findElement(By.cssSelector("[id='occupants:table'] .ui-paginator-next")).click();
        BROWSER.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[id='occupants:table'] .ui-paginator-page.ui-state-active"), "2"));
        assertEquals(50, BROWSER.driver.findElements(By.cssSelector("[id='occupants:table_data'] tr")).size());
    }

    /** Waits for the import job shown to finish its preview; @return its counts */
    private static String awaitCounts(String expected) {
        BROWSER.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-counts"), expected));
        return BROWSER.find("import-counts").getText();
    }
}
