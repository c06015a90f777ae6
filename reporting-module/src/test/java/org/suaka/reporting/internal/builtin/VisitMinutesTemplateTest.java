package org.suaka.reporting.internal.builtin;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.suaka.platform.testing.PdfText;
import org.suaka.reporting.internal.engine.JasperReportEngine;

/** The minutes of 11 September 2024 read as the record of that meeting: partner, day, agenda, outcome, attendance, signatures. */
class VisitMinutesTemplateTest {

    @Test
    void theMinutesCarryTheMeetingItsAttendanceAndBothSignatories() {
        VisitMinutesReport report = new VisitMinutesReport(null);
        Map<String, Object> parameters = new HashMap<>(RegistryDocumentsTemplateTest.standard(report));
        parameters.put("KIND", "Kunjungan mitra ke Rumah Detensi Imigrasi");
        parameters.put("DECISIONS", "1. Informasi perkembangan pengungsi dibagikan setiap bulan.");
        parameters.put("ACTION_ITEMS", "1. IOM mengirim data kebutuhan sekolah anak \u2014 IOM Kupang, paling lambat 30 September 2024");
        parameters.putAll(Map.of("ORGANISATION", "IOM Kupang", "DATE_LABEL", "Rabu, 11 September 2024", "LOCATION",
                "Ruang Kepala Rumah Detensi Imigrasi Kupang", "PURPOSE", "Koordinasi perkembangan pengungsi luar negeri",
                "MINUTES", "Saat ini pengungsi di wilayah Kota Kupang berjumlah 171 orang.", "CASES", "3 orang pengungsi",
                "PARTNER_SIGNATORY_TITLE", "Plt. Kepala IOM Kupang", "PARTNER_SIGNATORY_NAME", "Herman Rabu"));

        byte[] pdf = new JasperReportEngine().renderPdf("visit-minutes@test", report.template(), parameters, List.of(
                Map.of("number", 1, "name", "Ma'mum", "position", "Kepala Rumah Detensi Imigrasi Kupang", "organisation",
                        "Rudenim Kupang"),
                Map.of("number", 2, "name", "Herman Rabu", "position", "Plt. Kepala IOM Kupang", "organisation", "IOM Kupang")),
                RegistryDocumentsTemplateTest.METADATA);
        String text = PdfText.of(pdf);

        assertTrue(text.contains("NOTULEN RAPAT"), text);
        assertTrue(text.contains("Rabu, 11 September 2024") && text.contains("171 orang"), text);
        assertTrue(text.matches("(?s).*1\\s+Ma'mum\\s+Kepala Rumah Detensi Imigrasi Kupang\\s+Rudenim Kupang.*"), text);
        assertTrue(text.matches("(?s).*Jenis pertemuan\\s*:\\s*Kunjungan mitra ke Rumah Detensi Imigrasi.*"), text);
        assertTrue(text.matches("(?s).*Keputusan\\s+1\\. Informasi perkembangan pengungsi dibagikan setiap bulan\\..*"), text);
        assertTrue(text.contains("Tindak lanjut yang disepakati") && text.contains("paling lambat 30 September 2024"), text);
        assertTrue(text.lastIndexOf("Herman Rabu") > text.indexOf("Daftar hadir"), "the partner's signature below the list: " + text);
    }
}
