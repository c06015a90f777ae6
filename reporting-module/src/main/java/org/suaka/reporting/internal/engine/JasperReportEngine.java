package org.suaka.reporting.internal.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.enterprise.context.ApplicationScoped;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.type.PdfaConformanceEnum;
import org.suaka.reporting.api.ReportFailedException;
import org.suaka.reporting.spi.ReportTemplate;

/**
 * Compiles, fills and exports report templates. Each template is compiled once per cache key (a
 * report's id and version) and the compiled form reused by every later request, by any thread.
 */
@ApplicationScoped
public class JasperReportEngine {

    private static final String CREATOR = "Suaka";

    private final ConcurrentMap<String, JasperReport> compiled = new ConcurrentHashMap<>();

    /**
     * @param cacheKey identifies the template's version, e.g. {@code monthly-statistics@1.0}
     * @param template the JRXML to compile on first use
     * @param parameters the template's parameter values
     * @param rows the template's rows, each a map from field name to value
     * @param metadata the PDF's document information
     * @return the PDF's bytes
     * @throws ReportFailedException when the template cannot be compiled or filled
     */
    public byte[] renderPdf(String cacheKey, ReportTemplate template, Map<String, Object> parameters,
            List<Map<String, Object>> rows, PdfMetadata metadata) {
        return render(cacheKey, template, parameters, rows, metadata, true);
    }

    /**
     * Renders a report, to the official standard (PDF/A-2b, QR code on every page) or as a plain PDF: the
     * plain one exists only for the benchmark that measures what the standard costs.
     */
    byte[] render(String cacheKey, ReportTemplate template, Map<String, Object> parameters,
            List<Map<String, Object>> rows, PdfMetadata metadata, boolean officialStandard) {
        JasperReport report = compiled(cacheKey, template);
        JasperPrint print;
        try {
            print = JasperFillManager.fillReport(report, new HashMap<>(parameters),
                    new JRMapCollectionDataSource(List.copyOf(rows)));
        } catch (JRException | RuntimeException e) {
            throw new ReportFailedException(template.name(),
                    "Report template " + template.name() + " could not be filled: " + e.getMessage(), e);
        }
        if (!officialStandard) {
            return exportPdf(template, print, metadata, PdfaConformanceEnum.NONE);
        }
        return PdfFinish.apply(exportPdf(template, print, metadata, PdfaConformanceEnum.PDFA_2B), metadata,
                template.name());
    }

    /**
     * Compiles a template now and caches it, unless it is cached already.
     *
     * @param cacheKey identifies the template's version
     * @param template the JRXML
     * @throws ReportFailedException when it does not compile
     */
    public void precompile(String cacheKey, ReportTemplate template) {
        compiled(cacheKey, template);
    }

    /**
     * Forgets a compiled template, when the plugin that provided it was replaced or removed.
     *
     * @param cacheKey the key it was compiled under
     */
    public void evict(String cacheKey) {
        compiled.remove(cacheKey);
    }

    private JasperReport compiled(String cacheKey, ReportTemplate template) {
        return compiled.computeIfAbsent(cacheKey, key -> compile(template));
    }

    private static JasperReport compile(ReportTemplate template) {
        byte[] jrxml;
        try (InputStream in = template.open()) {
            jrxml = in.readAllBytes();
        } catch (IOException | RuntimeException e) {
            throw new ReportFailedException(template.name(),
                    "Report template " + template.name() + " could not be read: " + e.getMessage(), e);
        }
        try {
            return JasperCompileManager.compileReport(new ByteArrayInputStream(jrxml));
        } catch (JRException e) {
            throw new TemplateCompileException(template.name(), CompileErrors.line(e, jrxml),
                    "Report template " + template.name() + " could not be compiled: " + CompileErrors.firstError(e), e);
        } catch (RuntimeException e) {
            throw new ReportFailedException(template.name(),
                    "Report template " + template.name() + " could not be compiled: " + e.getMessage(), e);
        }
    }

    private static byte[] exportPdf(ReportTemplate template, JasperPrint print, PdfMetadata metadata,
            PdfaConformanceEnum conformance) {
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataTitle(metadata.title());
        configuration.setMetadataAuthor(metadata.author());
        configuration.setMetadataSubject(metadata.subject());
        configuration.setMetadataKeywords(metadata.keywords());
        configuration.setMetadataCreator(CREATOR);
        configuration.setDisplayMetadataTitle(true);
        if (conformance != PdfaConformanceEnum.NONE) {
            configuration.setPdfaConformance(conformance);
            configuration.setIccProfilePath(SrgbProfile.path());
        }

        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        JRPdfExporter exporter = new JRPdfExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(pdf));
        exporter.setConfiguration(configuration);
        try {
            exporter.exportReport();
        } catch (JRException | RuntimeException e) {
            throw new ReportFailedException(template.name(),
                    "Report " + template.name() + " could not be exported to PDF: " + e.getMessage(), e);
        }
        return pdf.toByteArray();
    }
}
