package org.suaka.web.startup;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProductionGuardTest {

    @Test
    void theDemoModeMayUseDemoUsers() {
        assertDoesNotThrow(() -> ProductionGuard.check(ServerMode.isProduction("demo"), "demo"));
    }

    @Test
    void productionRefusesTheDemoUsers() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ProductionGuard.check(ServerMode.isProduction("production"), "demo"));
        assertTrue(e.getMessage().contains("suaka.users"));
    }

    @Test
    void productionWithARealRegistryStarts() {
        assertDoesNotThrow(() -> ProductionGuard.check(ServerMode.isProduction("PRODUCTION"), "ldap"));
    }
}
