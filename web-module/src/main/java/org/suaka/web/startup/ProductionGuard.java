package org.suaka.web.startup;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start a production server that still has the demo users or the demo data switched on.
 * The embedded default runs in {@code demo} mode; an IT team sets {@code suaka.mode=production}
 * (SUAKA_MODE) together with a real user registry ({@code suaka.users}, e.g. {@code ldap}).
 */
@ApplicationScoped
public class ProductionGuard {

    @Inject
    @ConfigProperty(name = "suaka.mode", defaultValue = "demo")
    String mode;

    @Inject
    @ConfigProperty(name = "suaka.users", defaultValue = "demo")
    String users;

    @Inject
    @ConfigProperty(name = "suaka.demo-data.enabled", defaultValue = "false")
    boolean demoData;

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) @Initialized(ApplicationScoped.class)
            Object event) {
        check(mode, users, demoData);
    }

    /**
     * @param mode {@code demo} or {@code production}
     * @param users which user registry the server includes
     * @param demoData whether the demo scenario is loaded
     * @throws IllegalStateException when production would run with demo users or demo data
     */
    static void check(String mode, String users, boolean demoData) {
        if (!"production".equalsIgnoreCase(mode)) {
            return;
        }
        if ("demo".equalsIgnoreCase(users)) {
            throw new IllegalStateException("Suaka will not start in production mode with the demo users and their "
                    + "published passwords: set suaka.users (SUAKA_USERS) to your registry, e.g. ldap, see README");
        }
        if (demoData) {
            throw new IllegalStateException("Suaka will not load demo data in production mode: set "
                    + "suaka.demo-data.enabled (SUAKA_DEMO_DATA_ENABLED) to false");
        }
    }
}
