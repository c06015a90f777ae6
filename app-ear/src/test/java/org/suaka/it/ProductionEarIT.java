package org.suaka.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

/** The EAR that `mvn package` builds for production carries no demo data. */
class ProductionEarIT {

    @Test
    void theProductionEarHasNoDemoModule() throws IOException {
        File ear = new File(System.getProperty("suaka.ear", "target/suaka.ear"));
        try (ZipFile zip = new ZipFile(ear)) {
            assertTrue(zip.stream().anyMatch(e -> e.getName().contains("registry-module")), "the EAR is complete");
            assertFalse(zip.stream().anyMatch(e -> e.getName().contains("demo-module")), "no demo module");
            String descriptor = new String(zip.getInputStream(zip.getEntry("META-INF/application.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertFalse(descriptor.contains("demo"), descriptor);
        }
    }
}
