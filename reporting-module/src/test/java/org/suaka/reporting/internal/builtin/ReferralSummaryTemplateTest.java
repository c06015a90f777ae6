package org.suaka.reporting.internal.builtin;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.suaka.platform.testing.PdfText;
import org.suaka.reporting.internal.engine.JasperReportEngine;

/** The referral summary lays out one line per partner and service with its counts per status. */
class ReferralSummaryTemplateTest {

    @Test
    void eachPartnerAndServiceHasItsCounts() {
        ReferralSummaryReport report = new ReferralSummaryReport(null);
        Map<String, Object> parameters = new HashMap<>(RegistryDocumentsTemplateTest.standard(report));
        parameters.putAll(Map.of("PERIOD_LABEL", "1 September 2024 – 30 September 2024", "TOTAL", 5L));

        byte[] pdf = new JasperReportEngine().renderPdf("referral-summary@test", report.template(), parameters, List.of(
                Map.of("number", 1, "organisation", "IOM Kupang", "service", "Bantuan tunai", "total", 3L, "requested", 0L,
                        "accepted", 1L, "completed", 2L, "rejected", 0L, "cancelled", 0L),
                Map.of("number", 2, "organisation", "Klinik Pratama Oesapa", "service", "Layanan kesehatan", "total", 2L,
                        "requested", 1L, "accepted", 0L, "completed", 0L, "rejected", 1L, "cancelled", 0L)),
                RegistryDocumentsTemplateTest.METADATA);
        String text = PdfText.of(pdf);

        assertTrue(text.contains("REKAPITULASI RUJUKAN"), text);
        assertTrue(text.contains("jumlah rujukan: 5"), text);
        assertTrue(text.matches("(?s).*IOM Kupang\\s+Bantuan tunai\\s+3\\s+0\\s+1\\s+2\\s+0\\s+0.*"), text);
        assertTrue(text.matches("(?s).*Klinik Pratama Oesapa\\s+Layanan kesehatan\\s+2\\s+1\\s+0\\s+0\\s+1\\s+0.*"), text);
    }
}
