package org.suaka.reporting.internal.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.suaka.platform.testing.PdfText;
import org.suaka.reporting.internal.engine.JasperReportEngine;
import org.suaka.reporting.internal.engine.PdfMetadata;
import org.suaka.reporting.spi.ReportBundles;
import org.suaka.reporting.spi.ReportDefinition;

/** The registry's documents compile and print their rows: the person record and the self-report register. */
class RegistryDocumentsTemplateTest {

    static final PdfMetadata METADATA = new PdfMetadata("Uji", "Rudenim Kupang", "uji", "uji",
            "https://suaka.imigrasi.go.id/verify?code=AAAA-BBBB-CCCC-DDDD");

    private final JasperReportEngine engine = new JasperReportEngine();

    static Map<String, Object> standard(ReportDefinition report) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("REPORT_LOCALE", Locale.forLanguageTag("id"));
        parameters.put("REPORT_RESOURCE_BUNDLE", ReportBundles.load(report.getClass(), report.resourceBundle(),
                Locale.forLanguageTag("id")));
        parameters.put("SUAKA_TITLE", report.title(Locale.forLanguageTag("id")));
        parameters.put("SUAKA_OFFICE_NAME", "Rumah Detensi Imigrasi Kupang");
        parameters.put("SUAKA_DOCUMENT_NUMBER", "W22.RDN.KPG-0001/UJI/IX/2024");
        parameters.put("SUAKA_SIGNATORY_NAME", "Ma'mum");
        return parameters;
    }

    @Test
    void thePersonRecordPrintsItsSectionsBesideThePhoto() throws IOException {
        PersonRecordReport report = new PersonRecordReport(null);
        Map<String, Object> parameters = standard(report);
        parameters.put("PERSON_NAME", "Ina Bo'i");
        parameters.put("PHOTO", png());
        List<Map<String, Object>> rows = List.of(
                Map.of("sectionOrder", 1, "section", "Identitas", "label", "Nama", "value", "Ina Bo'i"),
                Map.of("sectionOrder", 3, "section", "Dokumen Identitas", "label", "Paspor", "value", "P01234567"));

        String text = PdfText.of(engine.renderPdf("person-record@test", report.template(), parameters, rows, METADATA));

        assertTrue(text.contains("DATA INDIVIDU PENGUNGSI"), text);
        assertTrue(text.contains("Dokumen Identitas"), text);
        assertTrue(text.contains("Paspor P01234567"), text);
    }

    @Test
    void theSelfReportRegisterListsTheOverdueFirst() throws IOException {
        SelfReportRegisterReport report = new SelfReportRegisterReport(null);
        Map<String, Object> parameters = standard(report);
        parameters.put("MONTH_LABEL", "September 2024");
        parameters.put("REPORTED", 1L);
        parameters.put("NOT_REPORTED", 1L);
        List<Map<String, Object>> rows = List.of(
                Map.of("number", 1, "name", "Gul Ahmad Wardak", "nationality", "AFG", "unhcrNumber", "386-00170001",
                        "lastReport", "Belum lapor", "overdue", true),
                Map.of("number", 2, "name", "Zahra Hosseini", "nationality", "AFG", "unhcrNumber", "–",
                        "lastReport", "5 September 2024", "overdue", false));

        String text = PdfText.of(engine.renderPdf("self-report-register@test", report.template(), parameters, rows,
                METADATA));

        assertTrue(text.contains("DAFTAR WAJIB LAPOR PENGUNGSI"), text);
        assertTrue(text.contains("Belum lapor diri : 1 orang"), text);
        assertTrue(text.indexOf("Gul Ahmad Wardak") < text.indexOf("Zahra Hosseini"), text);
    }

    @Test
    void theCardPrintsItsFrontAndBack() throws IOException {
        IdCardReport report = new IdCardReport(null);
        Map<String, Object> parameters = standard(report);

        byte[] pdf = engine.renderPdf("id-card@test", report.template(), parameters,
                List.of(card("KIK-KPG-2024-00007", "Ina Bo'i")), METADATA);
        if (System.getProperty("suaka.test.pdf-out") != null) {
            java.nio.file.Files.write(java.nio.file.Path.of(System.getProperty("suaka.test.pdf-out")), pdf);
        }
        String text = PdfText.of(pdf);

        assertTrue(text.contains("KARTU IDENTITAS KHUSUS PENGUNGSI"), text);
        assertTrue(text.contains("KIK-KPG-2024-00007"), text);
        assertTrue(text.contains("Berlaku sampai: 10 September 2025"), text);
        assertTrue(text.contains("Ina Bo'i"), text);
    }

    @Test
    void aShelterBatchPrintsFourCardsToAPageUnderTheShelterName() throws IOException {
        IdCardBatchReport report = new IdCardBatchReport(null);
        Map<String, Object> parameters = standard(report);
        parameters.put("SHELTER_NAME", "Hotel Ina Bo'i");
        List<Map<String, Object>> cards = new java.util.ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            cards.add(card("KIK-KPG-2024-%05d".formatted(i), "Mohammad Reza Hosseini"));
        }

        byte[] pdf = engine.renderPdf("id-card-batch@test", report.template(), parameters, cards, METADATA);
        String text = PdfText.of(pdf);

        assertTrue(text.contains("Hotel Ina Bo'i"), text);
        assertTrue(text.contains("KIK-KPG-2024-00001") && text.contains("KIK-KPG-2024-00009"), text);
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertEquals(3, document.getNumberOfPages(), "nine cards, four to a page");
        }
    }

    private static Map<String, Object> card(String number, String holder) throws IOException {
        return Map.of("CARD_NUMBER", number, "ISSUED_ON", "11 September 2024",
                "VALID_UNTIL", "10 September 2025", "HOLDER_NAME", holder, "HOLDER_SEX", "Perempuan",
                "HOLDER_BORN", "5 Mei 1992", "HOLDER_NATIONALITY", "Afganistan", "PHOTO", png());
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(90, 120, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
