package org.suaka.reporting.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.suaka.reporting.api.PluginProblem;
import org.suaka.reporting.api.ReportWorkbench;
import org.suaka.reporting.spi.OfficeProfile;
import org.suaka.reporting.spi.ReportArguments;
import org.suaka.reporting.spi.ReportContext;
import org.suaka.reporting.spi.ReportData;
import org.suaka.reporting.spi.ReportDataset;
import org.suaka.reporting.spi.ReportDefinition;
import org.suaka.reporting.spi.StandardParameters;

/**
 * Renders a plugin's report in a plain JUnit test, with the server's checks and engine and the datasets'
 * sample rows. For example:
 *
 * <pre>
 * RenderedReport report = ReportTestKit.templatePlugin(Path.of("src/main/report"),
 *         "occupancy-summary.report.properties", Map.of("date", "2024-09-30"), Locale.forLanguageTag("id"));
 * assertTrue(report.text().contains("Hotel Ina Bo'i"));
 * </pre>
 *
 * A template the server would refuse throws {@link PluginProblem} here too, with its file and line.
 */
public final class ReportTestKit {

    private static final ReportWorkbench WORKBENCH = ReportWorkbench.standalone();
    private static final LocalDate ISSUED_ON = LocalDate.of(2024, 9, 30);
    private static final OfficeProfile KUPANG = new OfficeProfile(
            List.of("KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN REPUBLIK INDONESIA", "DIREKTORAT JENDERAL IMIGRASI"),
            "Rumah Detensi Imigrasi Kupang", "Jl. Perintis Kemerdekaan, Kota Kupang", "Kupang",
            "Kepala Rumah Detensi Imigrasi Kupang", "Ma'mum", "19700101 199003 1 001");

    private ReportTestKit() {
    }

    /**
     * @param directory the plugin's directory
     * @param descriptor its descriptor's file name
     * @param arguments the report's arguments as text, as a caller gives them
     * @param locale the document's language
     * @return the rendered report
     * @throws PluginProblem when the server would refuse the plugin
     */
    public static RenderedReport templatePlugin(Path directory, String descriptor, Map<String, String> arguments,
            Locale locale) throws PluginProblem {
        ReportDefinition report = WORKBENCH.templatePlugin(directory, descriptor,
                name -> SampleDatasets.named(name).map(ReportDataset.class::cast));
        return render(report, arguments, locale);
    }

    /**
     * @param report a plugin jar's report, built on the datasets' samples
     * @param arguments the report's arguments as text
     * @param locale the document's language
     * @return the rendered report
     */
    public static RenderedReport render(ReportDefinition report, Map<String, String> arguments, Locale locale) {
        ReportArguments parsed = WORKBENCH.arguments(report, arguments, ISSUED_ON);
        ReportContext context = new ReportContext(locale, KUPANG, "officer", ISSUED_ON,
                (name, ctx, args) -> SampleDatasets.named(name).orElseThrow(() ->
                        new IllegalArgumentException("The kit has no sample of the dataset " + name)).fetch(ctx, args));
        ReportData data = report.dataset().fetch(context, parsed);
        Map<String, Object> parameters = new HashMap<>(data.parameters());
        parameters.put(StandardParameters.LETTERHEAD, String.join("\n", KUPANG.letterhead()));
        parameters.put(StandardParameters.OFFICE_NAME, KUPANG.officeName());
        parameters.put(StandardParameters.OFFICE_ADDRESS, KUPANG.address());
        parameters.put(StandardParameters.DOCUMENT_NUMBER, "W22.RDN.KPG-0001/TEST/IX/2024");
        parameters.put(StandardParameters.PLACE_AND_DATE, "Kupang, 30 September 2024");
        parameters.put(StandardParameters.SIGNATORY_TITLE, KUPANG.signatoryTitle());
        parameters.put(StandardParameters.SIGNATORY_NAME, KUPANG.signatoryName());
        parameters.put(StandardParameters.SIGNATORY_NIP, KUPANG.signatoryNip());
        parameters.put(StandardParameters.VERIFICATION_CODE, "TEST-TEST-TEST-TEST");
        parameters.put(StandardParameters.TEMPLATE_LABEL, report.id() + " v" + report.version());
        parameters.put(StandardParameters.TITLE, report.title(locale));
        byte[] pdf = WORKBENCH.render(report, parameters, data.rows(), locale, KUPANG.officeName(),
                "http://localhost:9080/verify?code=TEST-TEST-TEST-TEST");
        return new RenderedReport(pdf, text(pdf), report.version());
    }

    private static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
