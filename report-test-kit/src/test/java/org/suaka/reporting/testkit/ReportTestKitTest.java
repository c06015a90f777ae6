package org.suaka.reporting.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suaka.reporting.api.PluginProblem;

/** The kit renders the example template-only plugin as the server would, and refuses what the server refuses. */
class ReportTestKitTest {

    private static final Path EXAMPLE = Path.of("../examples/report-template-example");
    private static final String DESCRIPTOR = "occupancy-summary.report.properties";

    @Test
    void theExampleTemplateRendersInBothLanguages() throws PluginProblem {
        RenderedReport indonesian = ReportTestKit.templatePlugin(EXAMPLE, DESCRIPTOR, Map.of("date", "2024-09-30"),
                Locale.forLanguageTag("id"));
        assertTrue(indonesian.text().contains("RINGKASAN HUNIAN PENAMPUNGAN"), indonesian.text());
        assertTrue(indonesian.text().contains("Hotel Ina Bo'i 56 65"), indonesian.text());
        assertTrue(indonesian.text().contains("Jumlah penghuni 171 dari kapasitas 195 orang"), indonesian.text());
        assertEquals("1.0+test", indonesian.version());

        RenderedReport english = ReportTestKit.templatePlugin(EXAMPLE, DESCRIPTOR, Map.of(), Locale.ENGLISH);
        assertTrue(english.text().contains("171 occupants of a capacity of 195"), english.text());
        assertTrue(new String(english.pdf(), 0, 8, java.nio.charset.StandardCharsets.US_ASCII).startsWith("%PDF-"));
    }

    @Test
    void aTemplateTheServerWouldRefuseIsRefusedWithItsLine(@TempDir Path plugin) throws IOException {
        for (String file : new String[] {DESCRIPTOR, "occupancy-summary.jrxml"}) {
            Files.copy(EXAMPLE.resolve(file), plugin.resolve(file));
        }
        Path jrxml = plugin.resolve("occupancy-summary.jrxml");
        Files.writeString(jrxml, Files.readString(jrxml).replace("$F{shelter}", "$F{shelter}.getClass().getName()"));
        PluginProblem problem = assertThrows(PluginProblem.class,
                () -> ReportTestKit.templatePlugin(plugin, DESCRIPTOR, Map.of(), Locale.ENGLISH));
        assertEquals("occupancy-summary.jrxml", problem.file());
        assertTrue(problem.line() > 0);
        assertTrue(problem.getMessage().contains("'getClass' is not allowed"), problem.getMessage());
    }
}
