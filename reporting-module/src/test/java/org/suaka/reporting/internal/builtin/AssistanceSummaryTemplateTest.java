package org.suaka.reporting.internal.builtin;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.suaka.platform.testing.PdfText;
import org.suaka.reporting.internal.engine.JasperReportEngine;

/** The assistance summary lays out one line per month, partner and kind with its persons and amount. */
class AssistanceSummaryTemplateTest {

    @Test
    void eachMonthPartnerAndKindHasItsFigures() {
        AssistanceSummaryReport report = new AssistanceSummaryReport(null);
        Map<String, Object> parameters = new HashMap<>(RegistryDocumentsTemplateTest.standard(report));
        parameters.putAll(Map.of("PERIOD_LABEL", "September 2024", "TOTAL_AMOUNT", "8.750.000", "TOTAL_PERSONS", 7L));

        byte[] pdf = new JasperReportEngine().renderPdf("assistance-summary@test", report.template(), parameters, List.of(
                Map.of("number", 1, "month", "September 2024", "organisation", "IOM Kupang", "kind", "Bantuan tunai",
                        "records", 3L, "persons", 6L, "amount", "8.750.000"),
                Map.of("number", 2, "month", "September 2024", "organisation", "Gereja Masehi Injili di Timor",
                        "kind", "Bantuan pangan", "records", 1L, "persons", 1L, "amount", "0")),
                RegistryDocumentsTemplateTest.METADATA);
        String text = PdfText.of(pdf);

        assertTrue(text.contains("REKAPITULASI BANTUAN"), text);
        assertTrue(text.contains("jumlah Rp8.750.000 untuk 7 jiwa"), text);
        assertTrue(text.matches("(?s).*September 2024\\s+IOM Kupang\\s+Bantuan tunai\\s+3\\s+6\\s+8\\.750\\.000.*"), text);
    }
}
