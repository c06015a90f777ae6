package org.suaka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.suaka.platform.testing.PdfText;

/**
 * The same production EAR on a second Jakarta EE 10 server, Payara Server 6 (unpacked from Maven Central by
 * the build): a domain of its own with an embedded Derby pool and file-realm users, configured with
 * asadmin as docs/deploy.md says. An officer signs in, records a shelter, registers a person, places
 * them, and issues the September 2024 statistics, which count that person and verify as issued.
 */
class SecondServerIT {

    private static final int PORT_BASE = 28000;
    private static final String BASE = "http://localhost:" + (PORT_BASE + 80);
    private static final String DOMAIN = "suaka-it";
    private static final Path HOME = Path.of(System.getProperty("suaka.it.payara.home", "target/payara/payara6"));
    private static final String OFFICER = "Basic " + Base64.getEncoder()
            .encodeToString("officer:officer-second".getBytes(StandardCharsets.UTF_8));

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void deployOnPayara() throws Exception {
        Path work = Files.createDirectories(Path.of("target", "payara-it"));
        Path passwords = work.resolve("officer.password");
        Files.writeString(passwords, "AS_ADMIN_USERPASSWORD=officer-second\n");
        asadmin("delete-domain", DOMAIN);
        TestFiles.deleteRecursively(work.resolve("database")); // each run starts from an empty database
        require(asadmin("create-domain", "--nopassword", "--portbase", String.valueOf(PORT_BASE), DOMAIN));
        require(asadmin("start-domain", DOMAIN));
        require(admin("create-jdbc-connection-pool", "--datasourceclassname",
                "org.apache.derby.jdbc.EmbeddedXADataSource", "--restype", "javax.sql.XADataSource", "--property",
                "databaseName=" + work.toAbsolutePath().resolve("database/suaka").toString().replace(":", "\\:")
                        + ":createDatabase=create", "suakaPool"));
        require(admin("create-jdbc-resource", "--connectionpoolid", "suakaPool", "jdbc/suaka"));
        require(admin("set", "configs.config.server-config.security-service.activate-default-principal-to-role-mapping=true"));
        require(asadmin("--port", String.valueOf(PORT_BASE + 48), "--passwordfile", passwords.toString(),
                "create-file-user", "--groups", "OFFICER", "officer"));
        require(admin("deploy", "--name", "suaka", "--contextroot", "/",
                new File(System.getProperty("suaka.ear", "target/suaka.ear")).getAbsolutePath()));
    }

    @AfterAll
    static void stopPayara() throws Exception {
        asadmin("stop-domain", DOMAIN);
    }

    @Test
    void anOfficerRegistersPlacesAndIssuesTheSeptemberReport() throws Exception {
        assertEquals(401, send("GET", "/api/v1/persons", null, null).statusCode(), "no sign-in, no data");
        HttpResponse<String> shelter = send("POST", "/api/v1/shelters", OFFICER,
                "{\"name\":\"Hotel Ina Bo'i\",\"address\":\"Jl. Timor Raya No. 12, Oesapa\",\"city\":\"Kupang\",\"capacity\":60}");
        assertEquals(201, shelter.statusCode(), shelter.body());
        HttpResponse<String> person = send("POST", "/api/v1/persons", OFFICER, "{\"givenName\":\"Zahra\","
                + "\"familyName\":\"Hussaini\",\"sex\":\"FEMALE\",\"dateOfBirth\":\"1994-02-11\",\"nationality\":\"AFG\","
                + "\"supervisedFrom\":\"2024-09-02\"}");
        assertEquals(201, person.statusCode(), person.body());
        HttpResponse<String> placement = send("POST", "/api/v1/placements", OFFICER, "{\"personId\":\""
                + id(person) + "\",\"shelterId\":\"" + id(shelter) + "\",\"from\":\"2024-09-02\"}");
        assertEquals(201, placement.statusCode(), placement.body());

        HttpResponse<byte[]> pdf = http.send(request("GET", "/api/v1/reports/monthly-statistics?month=2024-09", OFFICER,
                null).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        String text = PdfText.of(pdf.body());
        assertTrue(text.contains(pdf.headers().firstValue("X-Document-Number").orElseThrow()), text);
        HttpResponse<String> verified = http.send(request("POST", "/api/v1/reports/verify/"
                + pdf.headers().firstValue("X-Verification-Code").orElseThrow(), OFFICER, null)
                .header("Content-Type", "application/pdf").POST(HttpRequest.BodyPublishers.ofByteArray(pdf.body()))
                .build(), HttpResponse.BodyHandlers.ofString());
        JsonObject verdict = SuakaClient.json(verified);
        assertTrue(verdict.getBoolean("issued") && verdict.getBoolean("unchanged"), verified.body());
        assertEquals(200, send("GET", "/health/ready", null, null).statusCode());
    }

    private HttpResponse<String> send(String method, String path, String authorization, String json) throws Exception {
        HttpRequest.Builder request = request(method, path, authorization, json);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(String method, String path, String authorization, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (json != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return request;
    }

    private static String id(HttpResponse<String> created) {
        return SuakaClient.json(created).getString("id");
    }

    private static int admin(String... command) throws IOException, InterruptedException {
        List<String> withPort = new ArrayList<>(List.of("--port", String.valueOf(PORT_BASE + 48)));
        withPort.addAll(List.of(command));
        return asadmin(withPort.toArray(String[]::new));
    }

    private static int asadmin(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(HOME.resolve("bin/asadmin").toString()));
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).inheritIO().start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("asadmin " + String.join(" ", command) + " did not finish");
        }
        return process.exitValue();
    }

    private static void require(int exitValue) {
        if (exitValue != 0) {
            throw new IllegalStateException("asadmin failed with exit value " + exitValue + "; see the log above");
        }
    }
}
