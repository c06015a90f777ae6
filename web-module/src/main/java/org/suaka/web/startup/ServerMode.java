package org.suaka.web.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The server's mode, {@code suaka.mode} (SUAKA_MODE): {@code demo}, the embedded default, or
 * {@code production}, which refuses the demo users and personal data over plain HTTP.
 */
@ApplicationScoped
public class ServerMode {

    @Inject
    @ConfigProperty(name = "suaka.mode", defaultValue = "demo")
    String mode;

    /** @return whether the server runs in production mode */
    public boolean production() {
        return isProduction(mode);
    }

    /**
     * @param mode a value of {@code suaka.mode}, in any case
     * @return whether it names production mode
     */
    static boolean isProduction(String mode) {
        return "production".equalsIgnoreCase(mode);
    }
}
