package org.suaka.reporting.internal.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.suaka.reporting.api.ReportFailedException;
import org.suaka.reporting.internal.application.DatasetCatalog;
import org.suaka.reporting.internal.engine.JasperReportEngine;
import org.suaka.reporting.spi.DatasetField;
import org.suaka.reporting.spi.ReportDataset;
import org.suaka.reporting.spi.ReportDefinition;
import org.suaka.reporting.spi.ReportParameter;

/**
 * Reads one plugin file completely, or not at all: a {@code .jar} (Java reports found with
 * {@link ServiceLoader}), a {@code .zip} of template-only plugins, or a loose {@code *.report.properties}
 * descriptor with its template and labels beside it. Every template passes the {@link TemplateSandbox}
 * and compiles before the plugin is returned.
 */
@ApplicationScoped
public class PluginLoader {

    /** The most entries a plugin zip may hold. */
    static final int MAX_ZIP_ENTRIES = 100;
    /** The most bytes a plugin zip may unpack to. */
    static final long MAX_UNPACKED_BYTES = 20L * 1024 * 1024;

    @Inject
    DatasetCatalog datasets;

    @Inject
    JasperReportEngine engine;

    /**
     * @param file a plugin file's name: {@code .jar}, {@code .zip} or {@code .report.properties}
     * @return whether the name is one this loader reads
     */
    static boolean isPluginFile(String file) {
        return !file.startsWith(".") && (file.endsWith(".jar") || file.endsWith(".zip")
                || file.endsWith(TemplateDescriptor.SUFFIX));
    }

    /**
     * @param directory the plugins directory
     * @param file the plugin file's name in it
     * @return the loaded plugin
     * @throws PluginProblem when any part of it is refused
     */
    LoadedPlugin load(Path directory, String file) throws PluginProblem {
        Path path = directory.resolve(file);
        byte[] content = read(path, file);
        if (file.endsWith(".jar")) {
            return jar(file, content);
        }
        if (file.endsWith(".zip")) {
            Map<String, byte[]> files = unzip(file, content);
            return templates(file, fingerprint(files), files);
        }
        Map<String, byte[]> files = new TreeMap<>();
        files.put(file, content);
        TemplateDescriptor descriptor = TemplateDescriptor.parse(file, content);
        addSibling(directory, descriptor.template(), files);
        if (descriptor.labels() != null) {
            for (String labels : List.of(descriptor.labels() + ".properties", descriptor.labels() + "_en.properties")) {
                if (Files.isRegularFile(directory.resolve(labels))) {
                    addSibling(directory, labels, files);
                }
            }
        }
        return templates(file, fingerprint(files), files);
    }

    private LoadedPlugin templates(String file, String fingerprint, Map<String, byte[]> files) throws PluginProblem {
        List<ReportDefinition> reports = new ArrayList<>();
        for (String name : files.keySet()) {
            if (name.endsWith(TemplateDescriptor.SUFFIX)) {
                reports.add(template(name, fingerprint, files));
            }
        }
        if (reports.isEmpty()) {
            throw new PluginProblem(file, 0, "The zip holds no descriptor (*" + TemplateDescriptor.SUFFIX + ")");
        }
        return new LoadedPlugin(file, fingerprint, unique(file, reports), null);
    }

    private ReportDefinition template(String name, String fingerprint, Map<String, byte[]> files) throws PluginProblem {
        TemplateDescriptor descriptor = TemplateDescriptor.parse(name, files.get(name));
        ReportDataset dataset = datasets.find(descriptor.dataset()).orElseThrow(() -> new PluginProblem(name, 0,
                "No dataset is named '" + descriptor.dataset() + "'; GET /api/v1/reports/datasets lists them"));
        for (ReportParameter needed : dataset.parameters()) {
            boolean declared = descriptor.parameters().stream()
                    .anyMatch(p -> p.name().equals(needed.name()) && p.type() == needed.type());
            if (needed.required() && !declared) {
                throw new PluginProblem(name, 0, "The dataset " + dataset.name() + " needs the parameter '"
                        + needed.name() + "' of type " + needed.type() + ": declare it under 'parameters'");
            }
        }
        byte[] jrxml = files.get(descriptor.template());
        if (jrxml == null) {
            throw new PluginProblem(name, 0, "The template " + descriptor.template() + " is missing");
        }
        String version = descriptor.version() + "+" + fingerprint;
        PluginLabels indonesian = labels(files, descriptor.labels() + ".properties", null);
        TemplatePlugin report = new TemplatePlugin(descriptor, version, descriptor.template(), jrxml, dataset, indonesian,
                labels(files, descriptor.labels() + "_en.properties", indonesian));
        checkAndCompile(report, jrxml, fieldNames(dataset));
        return report;
    }

    private LoadedPlugin jar(String file, byte[] content) throws PluginProblem {
        String fingerprint = fingerprint(Map.of(file, content));
        Path copy;
        try {
            // the class loader reads a copy, so that the file in the directory can be replaced or removed
            copy = Files.createTempFile("suaka-plugin-", ".jar");
            Files.write(copy, content);
            copy.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new PluginProblem(file, 0, "The jar could not be copied for loading: " + e.getMessage());
        }
        URLClassLoader loader;
        try {
            loader = new URLClassLoader("plugin:" + file, new java.net.URL[] {copy.toUri().toURL()},
                    new SpiOnlyClassLoader(ReportDefinition.class.getClassLoader()));
        } catch (IOException e) {
            throw new PluginProblem(file, 0, "The jar could not be opened: " + e.getMessage());
        }
        try {
            List<ReportDefinition> reports = new ArrayList<>();
            for (ReportDefinition plugin : ServiceLoader.load(ReportDefinition.class, loader)) {
                PluginReport report = new PluginReport(plugin, fingerprint);
                byte[] jrxml;
                try (InputStream in = report.template().open()) {
                    jrxml = in.readAllBytes();
                }
                Set<String> fields = fieldNames(report.dataset());
                checkAndCompile(report, jrxml, fields.isEmpty() ? null : fields);
                reports.add(report);
            }
            if (reports.isEmpty()) {
                throw new PluginProblem(file, 0, "The jar provides no report: list its classes in META-INF/services/"
                        + ReportDefinition.class.getName());
            }
            return new LoadedPlugin(file, fingerprint, unique(file, reports), loader);
        } catch (PluginProblem e) {
            closeQuietly(loader);
            throw e;
        } catch (ServiceConfigurationError | RuntimeException | LinkageError | IOException e) {
            closeQuietly(loader);
            throw new PluginProblem(file, 0, "The jar's report could not be loaded: " + e);
        }
    }

    private void checkAndCompile(ReportDefinition report, byte[] jrxml, Set<String> fields) throws PluginProblem {
        String name = report.template().name();
        new TemplateSandbox(name, fields).check(jrxml);
        try {
            engine.precompile(report.id() + "@" + report.version(), report.template());
        } catch (ReportFailedException e) {
            throw new PluginProblem(name, 0, e.getMessage());
        }
    }

    private static List<ReportDefinition> unique(String file, List<ReportDefinition> reports) throws PluginProblem {
        Set<String> ids = new HashSet<>();
        for (ReportDefinition report : reports) {
            if (!ids.add(report.id())) {
                throw new PluginProblem(file, 0, "The report id " + report.id() + " appears twice in the plugin");
            }
        }
        return reports;
    }

    private static Set<String> fieldNames(ReportDataset dataset) {
        return dataset.fields().stream().map(DatasetField::name).collect(Collectors.toSet());
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
        files.put(name, read(sibling, name));
    }

    private static byte[] read(Path path, String file) throws PluginProblem {
        try {
            if (Files.size(path) > org.suaka.reporting.api.ReportPluginService.MAX_PLUGIN_BYTES) {
                throw new PluginProblem(file, 0, "The file is larger than 10 MB");
            }
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new PluginProblem(file, 0, "The file cannot be read: " + e.getMessage());
        }
    }

    /**
     * Unpacks a zip into memory, refusing names that would leave the directory and zip bombs.
     */
    static Map<String, byte[]> unzip(String file, byte[] content) throws PluginProblem {
        Map<String, byte[]> files = new TreeMap<>();
        long unpacked = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName();
                if (name.startsWith("/") || name.startsWith("\\") || name.contains("..") || name.contains(":")
                        || name.contains("\\")) {
                    throw new PluginProblem(file, 0, "The zip entry '" + name + "' points outside the plugin;"
                            + " nothing was installed");
                }
                if (entry.isDirectory()) {
                    continue;
                }
                if (files.size() >= MAX_ZIP_ENTRIES) {
                    throw new PluginProblem(file, 0, "The zip holds more than " + MAX_ZIP_ENTRIES + " files");
                }
                byte[] bytes = zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_UNPACKED_BYTES - unpacked + 1));
                unpacked += bytes.length;
                if (unpacked > MAX_UNPACKED_BYTES) {
                    throw new PluginProblem(file, 0, "The zip unpacks to more than 20 MB");
                }
                if (files.put(name.substring(name.lastIndexOf('/') + 1), bytes) != null) {
                    throw new PluginProblem(file, 0, "The zip holds two files named " + name.substring(name.lastIndexOf('/') + 1));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new PluginProblem(file, 0, "The file is not a readable zip: " + e.getMessage());
        }
        if (files.isEmpty()) {
            throw new PluginProblem(file, 0, "The file is not a zip, or an empty one");
        }
        return files;
    }

    private static String fingerprint(Map<String, byte[]> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> e : new TreeMap<>(files).entrySet()) {
                digest.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update(e.getValue());
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static void closeQuietly(AutoCloseable resource) {
        try {
            resource.close();
        } catch (Exception e) {
            // the loader held only the copy of the jar
        }
    }
}
