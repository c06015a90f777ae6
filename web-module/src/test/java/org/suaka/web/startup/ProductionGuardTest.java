package org.suaka.web.startup;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProductionGuardTest {

    @Test
    void theDemoModeMayUseDemoUsersAndData() {
        assertDoesNotThrow(() -> ProductionGuard.check("demo", "demo", true));
    }

    @Test
    void productionRefusesTheDemoUsers() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ProductionGuard.check("production", "demo", false));
        assertTrue(e.getMessage().contains("suaka.users"));
    }

    @Test
    void productionRefusesDemoData() {
        assertThrows(IllegalStateException.class, () -> ProductionGuard.check("PRODUCTION", "ldap", true));
    }

    @Test
    void productionWithARealRegistryStarts() {
        assertDoesNotThrow(() -> ProductionGuard.check("production", "ldap", false));
    }
}
