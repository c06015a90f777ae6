package org.suaka.reporting.internal.plugin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.suaka.reporting.api.PluginProblem;
import org.suaka.reporting.api.ReportFailedException;
import org.suaka.reporting.internal.application.DatasetCatalog;
import org.suaka.reporting.internal.application.IssuingOffice;
import org.suaka.reporting.internal.engine.JasperReportEngine;
import org.suaka.reporting.internal.engine.TemplateCompileException;
import org.suaka.reporting.spi.DatasetField;
import org.suaka.reporting.spi.ReportDataset;
import org.suaka.reporting.spi.ReportDefinition;

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

    @Inject
    IssuingOffice issuing;

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
        Map<String, byte[]> files = TemplatePlugins.filesOf(directory, file);
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
        ReportDefinition report = TemplatePlugins.define(name, fingerprint, files, datasets::find);
        compile(report);
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
                new TemplateSandbox(report.template().name(), fields.isEmpty() ? null : fields).check(jrxml);
                compile(report);
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

    private void compile(ReportDefinition report) throws PluginProblem {
        if (!issuing.knows(report.signatory())) {
            throw new PluginProblem(report.template().name(), 0, "No signatory is named '" + report.signatory()
                    + "': use office, national, or configure suaka.signatory." + report.signatory() + ".*");
        }
        try {
            engine.precompile(report.id() + "@" + report.version(), report.template());
        } catch (TemplateCompileException e) {
            throw new PluginProblem(report.template().name(), e.line(), e.getMessage());
        } catch (ReportFailedException e) {
            throw new PluginProblem(report.template().name(), 0, e.getMessage());
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

    /**
     * @param path a file
     * @param file its name, for messages
     * @return its content, when at most the largest plugin size
     * @throws PluginProblem when it is larger or unreadable
     */
    static byte[] read(Path path, String file) throws PluginProblem {
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
