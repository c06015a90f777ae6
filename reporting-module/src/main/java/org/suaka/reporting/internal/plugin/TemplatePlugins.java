package org.suaka.reporting.internal.plugin;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.suaka.reporting.api.PluginProblem;
import org.suaka.reporting.spi.DatasetField;
import org.suaka.reporting.spi.ReportDataset;
import org.suaka.reporting.spi.ReportDefinition;
import org.suaka.reporting.spi.ReportParameter;

/**
 * Turns a template-only plugin's files into a report: the descriptor read, its dataset found and its
 * parameters matched, the template through the sandbox, the labels loaded. Shared by the server's loader
 * and the test kit, so that a plugin author's test applies exactly the server's checks.
 */
public final class TemplatePlugins {

    private TemplatePlugins() {
    }

    /**
     * @param directory a directory holding a descriptor and the files it names
     * @param descriptor the descriptor's file name
     * @return the descriptor, its template and its label files, by name
     * @throws PluginProblem when the descriptor or a file it names is missing or malformed
     */
    public static Map<String, byte[]> filesOf(Path directory, String descriptor) throws PluginProblem {
        Map<String, byte[]> files = new TreeMap<>();
        byte[] content = PluginLoader.read(directory.resolve(descriptor), descriptor);
        files.put(descriptor, content);
        TemplateDescriptor parsed = TemplateDescriptor.parse(descriptor, content);
        addSibling(directory, parsed.template(), files);
        if (parsed.labels() != null) {
            for (String labels : List.of(parsed.labels() + ".properties", parsed.labels() + "_en.properties")) {
                if (Files.isRegularFile(directory.resolve(labels))) {
                    addSibling(directory, labels, files);
                }
            }
        }
        return files;
    }

    /**
     * @param descriptor the descriptor's name among the files
     * @param fingerprint the plugin content's fingerprint, appended to the declared version
     * @param files the plugin's files by name
     * @param datasets finds a dataset by name
     * @return the report, checked but not compiled
     * @throws PluginProblem when any part is refused
     */
    public static ReportDefinition define(String descriptor, String fingerprint, Map<String, byte[]> files,
            Function<String, Optional<ReportDataset>> datasets) throws PluginProblem {
        TemplateDescriptor parsed = TemplateDescriptor.parse(descriptor, files.get(descriptor));
        ReportDataset dataset = datasets.apply(parsed.dataset()).orElseThrow(() -> new PluginProblem(descriptor, 0,
                "No dataset is named '" + parsed.dataset() + "'; GET /api/v1/reports/datasets lists them"));
        for (ReportParameter needed : dataset.parameters()) {
            boolean declared = parsed.parameters().stream()
                    .anyMatch(p -> p.name().equals(needed.name()) && p.type() == needed.type());
            if (needed.required() && !declared) {
                throw new PluginProblem(descriptor, 0, "The dataset " + dataset.name() + " needs the parameter '"
                        + needed.name() + "' of type " + needed.type() + ": declare it under 'parameters'");
            }
        }
        byte[] jrxml = files.get(parsed.template());
        if (jrxml == null) {
            throw new PluginProblem(descriptor, 0, "The template " + parsed.template() + " is missing");
        }
        Set<String> fields = dataset.fields().stream().map(DatasetField::name).collect(Collectors.toSet());
        new TemplateSandbox(parsed.template(), fields).check(jrxml);
        PluginLabels indonesian = labels(files, parsed.labels() + ".properties", null);
        return new TemplatePlugin(parsed, parsed.version() + "+" + fingerprint, parsed.template(), jrxml, dataset,
                indonesian, labels(files, parsed.labels() + "_en.properties", indonesian));
    }

    private static PluginLabels labels(Map<String, byte[]> files, String name, PluginLabels fallback)
            throws PluginProblem {
        Map<String, String> labels = new HashMap<>();
        byte[] content = files.get(name);
        if (content != null) {
            Properties p = new Properties();
            try {
                p.load(new StringReader(new String(content, StandardCharsets.UTF_8)));
            } catch (IOException | IllegalArgumentException e) {
                throw new PluginProblem(name, 0, "The labels cannot be read: " + e.getMessage());
            }
            p.stringPropertyNames().forEach(k -> labels.put(k, p.getProperty(k)));
        }
        return new PluginLabels(labels, fallback);
    }

    private static void addSibling(Path directory, String name, Map<String, byte[]> files) throws PluginProblem {
        Path sibling = directory.resolve(name);
        if (!Files.isRegularFile(sibling)) {
            throw new PluginProblem(name, 0, "The file " + name + " named by the descriptor is not in the directory");
        }
        files.put(name, PluginLoader.read(sibling, name));
    }
}
