package org.suaka.reporting.internal.builtin;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.suaka.platform.testing.PdfText;
import org.suaka.reporting.internal.engine.JasperReportEngine;

/** The incident report keeps a long description whole, above what follows it. */
class IncidentTemplateTest {

    @Test
    void aLongDescriptionPushesWhatFollowsDown() throws IOException {
        IncidentReport report = new IncidentReport(null);
        Map<String, Object> parameters = new HashMap<>(RegistryDocumentsTemplateTest.standard(report));
        String description = "Pertengkaran di dapur bersama soal giliran memasak; dua penghuni saling dorong. ".repeat(6).strip();
        parameters.putAll(Map.of("SHELTER", "Hotel Ina Bo'i", "TYPE", "Konflik antarpenghuni", "OCCURRED_AT",
                "14 Oktober 2024, 21:30", "SEVERITY", "Sedang", "DESCRIPTION", description, "ACTIONS",
                "Dipisahkan oleh petugas jaga", "PERSONS", "Gul Ahmad Wardak, Ina Bo'i", "INFORMED", "Mitra (IOM/UNHCR)",
                "STATE", "Belum selesai"));

        byte[] pdf = new JasperReportEngine().renderPdf("incident@test", report.template(), parameters,
                List.of(Map.of("at", "15 Oktober 2024, 09:00", "note", "Mediasi bersama staf IOM Kupang", "by", "officer")),
                RegistryDocumentsTemplateTest.METADATA);
        if (System.getProperty("suaka.test.pdf-out") != null) {
            java.nio.file.Files.write(java.nio.file.Path.of(System.getProperty("suaka.test.pdf-out")), pdf);
        }
        String text = PdfText.of(pdf);

        assertTrue(text.contains("LAPORAN KEJADIAN"), text);
        assertTrue(text.lastIndexOf("saling dorong") < text.indexOf("Tindakan yang diambil"),
                "the whole description comes before the next heading: " + text);
        assertTrue(text.indexOf("Dipisahkan oleh petugas jaga") < text.indexOf("Mediasi bersama staf IOM Kupang"), text);
    }
}
