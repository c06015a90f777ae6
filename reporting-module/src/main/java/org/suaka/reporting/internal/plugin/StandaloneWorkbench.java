package org.suaka.reporting.internal.plugin;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import net.sf.jasperreports.engine.JRParameter;
import org.suaka.reporting.api.PluginProblem;
import org.suaka.reporting.api.ReportWorkbench;
import org.suaka.reporting.internal.application.ArgumentParser;
import org.suaka.reporting.internal.engine.JasperReportEngine;
import org.suaka.reporting.internal.engine.PdfMetadata;
import org.suaka.reporting.spi.ReportArguments;
import org.suaka.reporting.spi.ReportDataset;
import org.suaka.reporting.spi.ReportDefinition;

/**
 * The workbench behind {@link ReportWorkbench#standalone()}: the plugin loader's checks and the engine,
 * without a container.
 */
public final class StandaloneWorkbench implements ReportWorkbench {

    private static final LocalDate ESTABLISHED = LocalDate.of(2000, 1, 1);

    private final JasperReportEngine engine = new JasperReportEngine();

    @Override
    public ReportDefinition templatePlugin(Path directory, String descriptor,
            Function<String, Optional<ReportDataset>> datasets) throws PluginProblem {
        return TemplatePlugins.define(descriptor, "test", TemplatePlugins.filesOf(directory, descriptor), datasets);
    }

    @Override
    public ReportArguments arguments(ReportDefinition report, Map<String, String> given, LocalDate today) {
        return ArgumentParser.parse(report.parameters(), given, ESTABLISHED, today);
    }

    @Override
    public byte[] render(ReportDefinition report, Map<String, Object> parameters, List<Map<String, Object>> rows,
            Locale locale, String author, String verificationUrl) {
        Map<String, Object> all = new HashMap<>(parameters);
        all.put(JRParameter.REPORT_LOCALE, locale);
        all.put(JRParameter.REPORT_RESOURCE_BUNDLE, report.labels(locale));
        String title = report.title(locale);
        return engine.renderPdf(report.id() + "@" + report.version(), report.template(), all, rows,
                new PdfMetadata(title, author, title, report.id(), verificationUrl, locale,
                        report.classification().orElse(null)));
    }
}
