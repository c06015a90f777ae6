package org.suaka.reporting.internal.builtin;

import java.util.List;
import java.util.Locale;

import org.suaka.reporting.spi.ReportDataset;
import org.suaka.reporting.spi.ReportDefinition;
import org.suaka.reporting.spi.ReportParameter;
import org.suaka.reporting.spi.ReportTemplate;

/**
 * A built-in report whose template and labels sit beside this class: the id, version, title (the bundle's
 * {@code title}), template and bundle are given once; a subclass adds its parameters and dataset.
 */
abstract class BundledReport implements ReportDefinition {

    private static final String PACKAGE = "org/suaka/reporting/internal/builtin/";

    private String id;
    private String version;
    private String bundle;
    private ReportTemplate template;
    private List<ReportParameter> parameters;
    private ReportDataset dataset;

    /** For CDI's proxy. */
    protected BundledReport() {
    }

    /**
     * @param id the report's id
     * @param version the template's version
     * @param bundle the labels' base name, beside this class (e.g. {@code id_card})
     * @param template the template's file name, beside this class (e.g. {@code id-card.jrxml})
     * @param dataset where the report's data comes from
     * @param parameters the report's parameters
     */
    protected BundledReport(String id, String version, String bundle, String template, ReportDataset dataset,
            ReportParameter... parameters) {
        this.id = id;
        this.version = version;
        this.bundle = PACKAGE.replace('/', '.') + bundle;
        this.template = ReportTemplate.classpath(BundledReport.class, PACKAGE + template);
        this.dataset = dataset;
        this.parameters = List.of(parameters);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public String title(Locale locale) {
        return labels(locale).getString("title");
    }

    @Override
    public List<ReportParameter> parameters() {
        return parameters;
    }

    @Override
    public ReportTemplate template() {
        return template;
    }

    @Override
    public ReportDataset dataset() {
        return dataset;
    }

    @Override
    public String resourceBundle() {
        return bundle;
    }
}
