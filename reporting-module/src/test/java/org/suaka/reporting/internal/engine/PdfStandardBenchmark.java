package org.suaka.reporting.internal.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import net.sf.jasperreports.engine.JRParameter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suaka.reporting.spi.ReportTemplate;
import org.suaka.reporting.spi.StandardParameters;

/**
 * What the official PDF standard costs: the same monthly statistics template, filled with the same rows,
 * rendered alternately as a plain PDF and to the standard (PDF/A-2b, QR code, page numbers on every page),
 * then signed (PAdES), in one JVM.
 * It prints medians and asserts nothing; run it with bench/pdf-standard.sh, not as part of the tests.
 */
@Tag("benchmark")
class PdfStandardBenchmark {

    private static final int ROUNDS = 60;

    @Test
    void plainAgainstTheOfficialStandard(@TempDir Path keys) {
        DocumentSigner signer = DocumentSigner.fromKeystore(keys.resolve("bench.p12"), "bench".toCharArray(),
                "CN=Suaka bench, C=ID");
        JasperReportEngine engine = new JasperReportEngine();
        ReportTemplate template = ReportTemplate.classpath(PdfStandardBenchmark.class,
                "org/suaka/reporting/internal/builtin/monthly-statistics.jrxml");
        Locale locale = Locale.forLanguageTag("id-ID");
        Map<String, Object> parameters = new HashMap<>(Map.of("MONTH_LABEL", "September 2024",
                "CUT_OFF_DATE", "30 September 2024", "TOTAL_UNDER_SUPERVISION", 171L,
                StandardParameters.LETTERHEAD, "KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN\nDIREKTORAT JENDERAL IMIGRASI",
                StandardParameters.OFFICE_NAME, "Rumah Detensi Imigrasi Kupang",
                StandardParameters.DOCUMENT_NUMBER, "W22.RDN.KPG-0001/MONTHLY-STATISTICS/X/2024",
                StandardParameters.PLACE_AND_DATE, "Kupang, 2 Oktober 2024",
                StandardParameters.SIGNATORY_TITLE, "Kepala Rumah Detensi Imigrasi Kupang",
                StandardParameters.SIGNATORY_NAME, "Ma'mum", StandardParameters.VERIFICATION_CODE, "AAAA-BBBB-CCCC-DDDD"));
        parameters.put(StandardParameters.TITLE, "Laporan Bulanan Pengungsi Luar Negeri");
        parameters.put(StandardParameters.TEMPLATE_LABEL, "monthly-statistics v1.0");
        parameters.put(JRParameter.REPORT_LOCALE, locale);
        parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, ResourceBundle.getBundle(
                "org.suaka.reporting.internal.builtin.monthly_statistics", locale));
        List<Map<String, Object>> rows = List.of(
                row(1, "Menurut Kewarganegaraan", "Afganistan (AFG)", 150),
                row(1, "Menurut Kewarganegaraan", "Pakistan (PAK)", 21),
                row(2, "Menurut Jenis Kelamin", "Laki-laki", 103), row(2, "Menurut Jenis Kelamin", "Perempuan", 68),
                row(3, "Menurut Tempat Penampungan", "Hotel Ina Bo'i", 55),
                row(3, "Menurut Tempat Penampungan", "Hotel Kupang Inn", 46),
                row(3, "Menurut Tempat Penampungan", "Hotel Lavender Kupang", 70));
        PdfMetadata metadata = new PdfMetadata("Laporan Bulanan", "Rumah Detensi Imigrasi Kupang",
                "W22.RDN.KPG-0001/MONTHLY-STATISTICS/X/2024", "AAAA-BBBB-CCCC-DDDD",
                "https://suaka.imigrasi.go.id/verify?code=AAAA-BBBB-CCCC-DDDD");
        List<Long> plain = new ArrayList<>();
        List<Long> official = new ArrayList<>();
        List<Long> signed = new ArrayList<>();
        int plainBytes = 0;
        int officialBytes = 0;
        int signedBytes = 0;
        for (int round = 0; round < ROUNDS + 10; round++) {
            long start = System.nanoTime();
            plainBytes = engine.render("bench@1", template, parameters, rows, metadata, false).length;
            long middle = System.nanoTime();
            byte[] finished = engine.render("bench@1", template, parameters, rows, metadata, true);
            officialBytes = finished.length;
            long end = System.nanoTime();
            signedBytes = signer.sign(finished, "bench", "Kupang", java.time.Instant.now()).length;
            long afterSigning = System.nanoTime();
            if (round >= 10) {
                plain.add((middle - start) / 1000);
                official.add((end - middle) / 1000);
                signed.add((afterSigning - middle) / 1000);
            }
        }
        System.out.printf("plain PDF:           median %.1f ms, %,d bytes%n", median(plain) / 1000.0, plainBytes);
        System.out.printf("PDF/A-2b + QR code:  median %.1f ms, %,d bytes%n", median(official) / 1000.0,
                officialBytes);
        System.out.printf("... + PAdES (RSA-3072): median %.1f ms, %,d bytes%n", median(signed) / 1000.0, signedBytes);
    }

    private static Map<String, Object> row(int order, String section, String label, long count) {
        return Map.of("sectionOrder", order, "section", section, "label", label, "count", count);
    }

    private static long median(List<Long> micros) {
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
