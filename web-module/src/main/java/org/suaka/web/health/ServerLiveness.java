package org.suaka.web.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive while the application answers at all: no database or disk, so that a slow database makes the
 * server not ready, never restarted. It reports the memory left, which is what a live server runs out of.
 */
@Liveness
@ApplicationScoped
public class ServerLiveness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        Runtime runtime = Runtime.getRuntime();
        long used = runtime.totalMemory() - runtime.freeMemory();
        return HealthCheckResponse.named("server").up()
                .withData("heapUsedMegabytes", used / (1024 * 1024))
                .withData("heapMaxMegabytes", runtime.maxMemory() / (1024 * 1024))
                .build();
    }
}
