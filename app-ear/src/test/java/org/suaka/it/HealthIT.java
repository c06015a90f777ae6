package org.suaka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import jakarta.json.JsonObject;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The health endpoints a load balancer reads: readiness checks the database, its schema and the report
 * templates, and follows the database when it goes away and comes back; liveness needs no database.
 */
@ExtendWith(ArquillianExtension.class)
class HealthIT extends SuakaDeployment {

    private static final SuakaClient ANYONE = SuakaClient.anonymous();

    @Test
    void readyWhenTheDatabaseTheSchemaAndTheTemplatesAre() {
        HttpResponse<String> ready = ANYONE.get("/health/ready");

        assertEquals(200, ready.statusCode(), ready.body());
        JsonObject database = check(ready, "database");
        assertEquals("UP", database.getString("status"));
        JsonObject data = database.getJsonObject("data");
        assertTrue(data.getJsonNumber("changelogs").longValue() >= 6, data.toString());
        assertTrue(data.getJsonNumber("changeSetsRecorded").longValue()
                >= data.getJsonNumber("changeSetsExpected").longValue(), data.toString());
        assertEquals("UP", check(ready, "modules").getJsonObject("data").getString("report-templates"));
    }

    @Test
    void aliveWithoutAskingTheDatabase() {
        HttpResponse<String> live = ANYONE.get("/health/live");

        assertEquals(200, live.statusCode(), live.body());
        assertEquals("UP", check(live, "server").getString("status"));
    }

    @Test
    void readinessGoesDownWithTheDatabaseAndUpWhenItIsBack() {
        assumeTrue(PostgreSqlForTests.enabled(), "only the PostgreSQL run has a database server to stop");
        PostgreSqlForTests.stop();
        Duration down;
        try {
            down = timeUntil(503);
            HttpResponse<String> ready = ANYONE.get("/health/ready");
            assertEquals("DOWN", check(ready, "database").getString("status"), ready.body());
        } finally {
            PostgreSqlForTests.start();
        }
        Duration up = timeUntil(200);

        assertTrue(down.toSeconds() <= 10, "DOWN after " + down);
        assertTrue(up.toSeconds() <= 30, "UP again after " + up);
        assertEquals(200, SuakaClient.officer().get("/api/v1/persons?size=1").statusCode(),
                "the API serves again from the same connection pool");
    }

    private static Duration timeUntil(int status) {
        Instant start = Instant.now();
        while (ANYONE.get("/health/ready").statusCode() != status) {
            if (Duration.between(start, Instant.now()).toSeconds() > 60) {
                throw new AssertionError("readiness never answered " + status);
            }
            pause();
        }
        return Duration.between(start, Instant.now());
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static JsonObject check(HttpResponse<String> health, String name) {
        return SuakaClient.json(health).getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(check -> check.getString("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no check " + name + " in " + health.body()));
    }
}
