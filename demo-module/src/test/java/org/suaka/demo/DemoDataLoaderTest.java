package org.suaka.demo;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DemoDataLoaderTest {

    @Test
    void aDemoEarDeployedInProductionModeRefusesToStartBeforeTouchingAnything() {
        DemoDataLoader loader = new DemoDataLoader();
        loader.enabled = true;
        loader.mode = "production";

        IllegalStateException refused = assertThrows(IllegalStateException.class, loader::onStart);
        assertTrue(refused.getMessage().contains("production mode"), refused.getMessage());
    }

    @Test
    void switchedOffItDoesNothing() {
        DemoDataLoader loader = new DemoDataLoader();
        loader.enabled = false;
        loader.mode = "production";

        assertDoesNotThrow(loader::onStart);
    }
}
