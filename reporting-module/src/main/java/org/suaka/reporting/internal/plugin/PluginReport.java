package org.suaka.reporting.internal.plugin;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.suaka.reporting.spi.ReportDataset;
import org.suaka.reporting.spi.ReportDefinition;
import org.suaka.reporting.spi.ReportParameter;
import org.suaka.reporting.spi.ReportTemplate;

/**
 * A report from a plugin jar, installed under a version that also names the jar's content, so that a
 * replaced jar compiles its template anew and the documents issued before keep naming what issued them.
 * The definition's answers are read once, at installation, so that a plugin's methods cannot change them
 * afterwards or fail later.
 */
final class PluginReport implements ReportDefinition {

    private final ReportDefinition plugin;
    private final String version;
    private final List<ReportParameter> parameters;
    private final ReportTemplate template;
    private final ReportDataset dataset;
    private final String signatory;
    private final Optional<String> classification;

    /**
     * @param plugin the definition the jar provides
     * @param fingerprint the jar's fingerprint
     */
    PluginReport(ReportDefinition plugin, String fingerprint) {
        this.plugin = plugin;
        this.version = plugin.version() + "+" + fingerprint;
        this.parameters = List.copyOf(plugin.parameters());
        this.template = plugin.template();
        this.dataset = plugin.dataset();
        this.signatory = plugin.signatory();
        this.classification = plugin.classification();
    }

    @Override
    public String id() {
        return plugin.id();
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public String title(Locale locale) {
        return plugin.title(locale);
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
    public String signatory() {
        return signatory;
    }

    @Override
    public Optional<String> classification() {
        return classification;
    }

    @Override
    public String resourceBundle() {
        return plugin.resourceBundle();
    }

    @Override
    public ResourceBundle labels(Locale locale) {
        return plugin.labels(locale);
    }

    @Override
    public String parameterLabel(ReportParameter parameter, Locale locale) {
        return plugin.parameterLabel(parameter, locale);
    }
}
