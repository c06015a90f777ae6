package org.suaka.web.startup;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start a production server that still has the demo users. The embedded default runs in
 * {@code demo} mode; an IT team sets {@code suaka.mode=production} (SUAKA_MODE) together with a real user
 * registry ({@code suaka.users}, e.g. {@code ldap}). Demo data cannot reach production: the production EAR
 * has no demo module, and the demo module refuses production mode itself.
 */
@ApplicationScoped
public class ProductionGuard {

    @Inject
    ServerMode mode;

    @Inject
    @ConfigProperty(name = "suaka.users", defaultValue = "demo")
    String users;

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) @Initialized(ApplicationScoped.class)
            Object event) {
        check(mode.production(), users);
    }

    /**
     * @param production whether the server runs in production mode
     * @param users which user registry the server includes
     * @throws IllegalStateException when production would run with the demo users
     */
    static void check(boolean production, String users) {
        if (!production) {
            return;
        }
        if ("demo".equalsIgnoreCase(users)) {
            throw new IllegalStateException("Suaka will not start in production mode with the demo users and their "
                    + "published passwords: set suaka.users (SUAKA_USERS) to your registry, e.g. ldap, see README");
        }
    }
}
