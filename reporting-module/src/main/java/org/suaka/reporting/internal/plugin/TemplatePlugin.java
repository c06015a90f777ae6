package org.suaka.reporting.internal.plugin;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.suaka.reporting.spi.ReportDataset;
import org.suaka.reporting.spi.ReportDefinition;
import org.suaka.reporting.spi.ReportParameter;
import org.suaka.reporting.spi.ReportTemplate;

/**
 * A report from a template-only plugin: a descriptor, a JRXML that passed the sandbox, labels, and one of
 * the named datasets. No code of the plugin's own runs.
 */
final class TemplatePlugin implements ReportDefinition {

    private final TemplateDescriptor descriptor;
    private final String version;
    private final ReportTemplate template;
    private final ReportDataset dataset;
    private final PluginLabels indonesian;
    private final PluginLabels english;

    /**
     * @param descriptor the descriptor
     * @param version the version it is installed as: the declared one plus the content's fingerprint
     * @param templateName the template's name for messages
     * @param jrxml the template
     * @param dataset the dataset it reads
     * @param indonesian its Indonesian labels
     * @param english its English labels
     */
    TemplatePlugin(TemplateDescriptor descriptor, String version, String templateName, byte[] jrxml,
            ReportDataset dataset, PluginLabels indonesian, PluginLabels english) {
        this.descriptor = descriptor;
        this.version = version;
        this.template = new ReportTemplate(templateName, () -> new ByteArrayInputStream(jrxml));
        this.dataset = dataset;
        this.indonesian = indonesian;
        this.english = english;
    }

    @Override
    public String id() {
        return descriptor.id();
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public String title(Locale locale) {
        return descriptor.titles().get(isEnglish(locale) ? "en" : "id");
    }

    @Override
    public List<ReportParameter> parameters() {
        return descriptor.parameters();
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
        return descriptor.labels();
    }

    @Override
    public ResourceBundle labels(Locale locale) {
        return isEnglish(locale) ? english : indonesian;
    }

    @Override
    public String parameterLabel(ReportParameter parameter, Locale locale) {
        return descriptor.parameterLabels().get(isEnglish(locale) ? "en" : "id").getOrDefault(parameter.name(),
                parameter.name());
    }

    @Override
    public String signatory() {
        return descriptor.signatory();
    }

    @Override
    public Optional<String> classification() {
        return Optional.ofNullable(descriptor.classification());
    }

    private static boolean isEnglish(Locale locale) {
        return "en".equals(locale.getLanguage());
    }
}
