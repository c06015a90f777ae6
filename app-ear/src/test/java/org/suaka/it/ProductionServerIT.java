package org.suaka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Base64;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.Test;

/**
 * The production EAR on a server in production mode, as an IT team runs it (started by the build beside
 * the test servers, with a registry of its own): it starts with no demo data, serves only over HTTPS with
 * HSTS and Secure cookies, refuses personal data over plain HTTP, and gives its metrics to administrators.
 */
class ProductionServerIT {

    private static final String HTTP = "http://localhost:" + System.getProperty("suaka.it.prod.http.port", "9380");
    private static final String HTTPS = "https://localhost:" + System.getProperty("suaka.it.prod.https.port", "9743");
    private static final String OFFICER = basic("petugas.kupang", "Kupang-Ina-Bo'i-2026");
    private static final String ADMIN = basic("admin.kupang", "Admin-Oesapa-2026");

    private final HttpClient client = HttpClient.newBuilder().sslContext(trustingTheServersOwnKey()).build();

    @Test
    void startsInProductionModeWithNoDemoData() {
        HttpResponse<String> persons = get(HTTPS + "/api/v1/persons", OFFICER);

        assertEquals(200, persons.statusCode(), persons.body());
        assertEquals(0, SuakaClient.json(persons).getJsonNumber("total").longValue(), persons.body());
    }

    @Test
    void aLoadBalancerProbesReadinessOverPlainHttp() {
        HttpResponse<String> ready = get(HTTP + "/health/ready", null);

        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"report-templates\":\"UP\""), ready.body());
    }

    @Test
    void refusesPersonalDataOverPlainHttp() {
        HttpResponse<String> persons = get(HTTP + "/api/v1/persons", OFFICER);
        HttpResponse<String> login = get(HTTP + "/login.xhtml", null);

        assertEquals(403, persons.statusCode());
        assertEquals("urn:suaka:problem:plain-http", SuakaClient.json(persons).getString("type"));
        assertEquals(403, login.statusCode());
    }

    @Test
    void httpsAnswersCarryHstsAndSecureCookies() {
        HttpResponse<String> login = get(HTTPS + "/login.xhtml", null);

        assertEquals(200, login.statusCode());
        assertTrue(login.headers().firstValue("Strict-Transport-Security").orElse("").startsWith("max-age="),
                login.headers().map().toString());
        String session = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID"))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + login.headers().map()));
        assertTrue(session.contains("Secure"), session);
    }

    @Test
    void metricsForAdministratorsOnly() {
        get(HTTPS + "/api/v1/persons", OFFICER);

        HttpResponse<String> anonymous = get(HTTPS + "/metrics", null);
        HttpResponse<String> officer = get(HTTPS + "/metrics", OFFICER);
        HttpResponse<String> admin = get(HTTPS + "/metrics", ADMIN);

        assertEquals(401, anonymous.statusCode());
        assertEquals(403, officer.statusCode());
        assertEquals(200, admin.statusCode());
        for (String metric : new String[] {"suaka_audit_chain_length", "connectionpool_", "REST_request",
                "servlet_request_total"}) {
            assertTrue(admin.body().contains(metric), metric + " in /metrics");
        }
    }

    private HttpResponse<String> get(String url, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(url, e);
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Trusts exactly the key the server generated for itself, as a client given its certificate would. */
    private static SSLContext trustingTheServersOwnKey() {
        Path keystore = Path.of(System.getProperty("suaka.it.prod.dir", "target/liberty/wlp/usr/servers/production-it"),
                "resources", "security", "suaka-key.p12");
        try (InputStream in = Files.newInputStream(keystore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, "suaka-self-signed".toCharArray());
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new AssertionError("Cannot read the server's key at " + keystore, e);
        }
    }
}
