package org.suaka.reporting.api;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.suaka.reporting.internal.plugin.StandaloneWorkbench;
import org.suaka.reporting.spi.ReportArguments;
import org.suaka.reporting.spi.ReportDataset;
import org.suaka.reporting.spi.ReportDefinition;

/**
 * The server's report checks and engine, outside a server: what the report test kit builds on, so that a
 * plugin author's test refuses what the server refuses and renders what the server renders.
 */
public interface ReportWorkbench {

    /** @return a workbench of its own, with its own compiled-template cache */
    static ReportWorkbench standalone() {
        return new StandaloneWorkbench();
    }

    /**
     * Reads a template-only plugin as the server's plugins directory does: descriptor, dataset and its
     * required parameters, template sandbox, labels.
     *
     * @param directory the directory holding the descriptor and the files it names
     * @param descriptor the descriptor's file name
     * @param datasets finds a dataset by name
     * @return the plugin's report, checked, installed under the version {@code <declared>+test}
     * @throws PluginProblem when the server would refuse it, with the file and line at fault
     */
    ReportDefinition templatePlugin(Path directory, String descriptor,
            Function<String, Optional<ReportDataset>> datasets) throws PluginProblem;

    /**
     * @param report a report
     * @param given its arguments as text, as a caller sends them
     * @param today the issuing office's today
     * @return the arguments parsed and checked as the server does
     * @throws org.suaka.platform.api.InvalidFieldException when one is missing or malformed
     */
    ReportArguments arguments(ReportDefinition report, Map<String, String> given, LocalDate today);

    /**
     * Renders a report to the official standard (PDF/A-2b, QR code, page numbers), as the server does before
     * it signs and archives a document.
     *
     * @param report the report
     * @param parameters its template parameters, standard ones included
     * @param rows its rows
     * @param locale the document's language
     * @param author the issuing office, for the PDF's metadata
     * @param verificationUrl the address its QR code opens
     * @return the PDF
     * @throws ReportFailedException when the template does not compile or fill
     */
    byte[] render(ReportDefinition report, Map<String, Object> parameters, List<Map<String, Object>> rows,
            Locale locale, String author, String verificationUrl);
}
