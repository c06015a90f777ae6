package org.suaka.reporting.internal.plugin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.suaka.platform.access.Caller;
import org.suaka.platform.audit.AuditEvent;
import org.suaka.platform.audit.AuditLog;
import org.suaka.platform.audit.CallOrigin;
import org.suaka.platform.audit.FieldChange;
import org.suaka.reporting.api.PluginProblem;
import org.suaka.reporting.api.PluginStatus;
import org.suaka.reporting.internal.application.ReportCatalog;
import org.suaka.reporting.internal.application.ReportFillFailed;
import org.suaka.reporting.internal.engine.JasperReportEngine;
import org.suaka.reporting.spi.ReportDefinition;

/**
 * The plugins directory and what was loaded from it. {@link #rescan()} compares the directory with what
 * is installed and applies the difference: a new file is loaded and its reports offered, a changed one
 * replaces its reports under a new version, a removed one withdraws them. A file that fails is kept as
 * broken, with its place and message, and changes nothing else. Each change is put on the audit trail.
 */
@ApplicationScoped
public class PluginDirectory {

    /** The actor of changes found in the directory, as the audit trail shows it. */
    static final String WATCHER = "system:report-plugins";

    private static final Logger LOG = Logger.getLogger(PluginDirectory.class.getName());

    @Inject
    PluginLoader loader;

    @Inject
    ReportCatalog catalog;

    @Inject
    JasperReportEngine engine;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "suaka.report.plugins.dir", defaultValue = "report-plugins")
    String configuredDirectory;

    private final Map<String, Entry> entries = new TreeMap<>();
    private String lastListing = "";

    /** @return the plugins directory, created when missing */
    public synchronized Path directory() {
        Path directory = Path.of(configuredDirectory).toAbsolutePath();
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The report plugins directory " + directory + " cannot be created", e);
        }
        return directory;
    }

    /** Applies what changed in the directory since the last scan; cheap when nothing did. */
    public synchronized void rescan() {
        Path directory = directory();
        Map<String, String> listing = listing(directory);
        String signature = listing.toString();
        if (signature.equals(lastListing)) {
            return;
        }
        lastListing = signature;
        for (String file : List.copyOf(entries.keySet())) {
            if (!listing.containsKey(file) || !PluginLoader.isPluginFile(file)) {
                remove(file);
            }
        }
        for (String file : listing.keySet()) {
            if (PluginLoader.isPluginFile(file)) {
                load(directory, file);
            }
        }
    }

    /**
     * @param file a plugin file's name
     * @return whether a plugin by that name is installed or broken
     */
    public synchronized boolean contains(String file) {
        return entries.containsKey(file);
    }

    /**
     * Loads a plugin from somewhere other than the directory, to check it before it goes there.
     *
     * @param staging the directory the file is in
     * @param file its name
     * @return the problem, or empty when it would install; nothing is installed either way
     */
    public synchronized Optional<PluginProblem> trial(Path staging, String file) {
        try {
            LoadedPlugin trial = loader.load(staging, file);
            close(trial);
            Optional<String> conflict = conflict(file, trial.reports());
            return conflict.map(message -> new PluginProblem(file, 0, message));
        } catch (PluginProblem e) {
            return Optional.of(e);
        }
    }

    /** @return every plugin file, by name */
    public synchronized List<PluginStatus> statuses() {
        return entries.values().stream().map(Entry::status).toList();
    }

    /**
     * @param file a plugin file's name
     * @return its status, if it is known
     */
    public synchronized Optional<PluginStatus> status(String file) {
        return Optional.ofNullable(entries.get(file)).map(Entry::status);
    }

    /**
     * Marks the plugin that provides a report as broken, when issuing it failed in the engine.
     *
     * @param failure the report and what failed
     */
    synchronized void fillFailed(@Observes ReportFillFailed failure) {
        String reportId = failure.reportId();
        String message = failure.message();
        catalog.pluginOf(reportId).map(entries::get).ifPresent(entry -> {
            withdraw(entry);
            PluginStatus broken = new PluginStatus(entry.status().file(), PluginStatus.BROKEN, List.of(), 0,
                    entry.status().file(), "Filling the report " + reportId + " failed: " + message, clock.instant());
            entries.put(entry.status().file(), new Entry(entry.fingerprint(), broken, null));
            record("broken", entry.status().file(), "FAILED", broken.problem());
        });
    }

    private void load(Path directory, String file) {
        Entry before = entries.get(file);
        LoadedPlugin plugin;
        try {
            plugin = loader.load(directory, file);
        } catch (PluginProblem e) {
            broken(file, before, e);
            return;
        }
        if (before != null && before.plugin() != null && before.fingerprint().equals(plugin.fingerprint())) {
            close(plugin);
            return;
        }
        Optional<String> conflict = catalog.replace(file, plugin.reports());
        if (conflict.isPresent()) {
            close(plugin);
            broken(file, before, new PluginProblem(file, 0, conflict.get()));
            return;
        }
        if (before != null) {
            release(before);
        }
        List<String> reports = plugin.reports().stream().map(r -> r.id() + "@" + r.version()).toList();
        entries.put(file, new Entry(plugin.fingerprint(), new PluginStatus(file, PluginStatus.INSTALLED, reports, 0,
                null, null, clock.instant()), plugin));
        record(before == null ? "install" : "replace", file, "OK", String.join(", ", reports));
        LOG.info(() -> "Report plugin " + file + " installed: " + reports);
    }

    private void broken(String file, Entry before, PluginProblem problem) {
        String signature = problem.file() + ":" + problem.line() + ":" + problem.getMessage();
        if (before != null && before.plugin() == null && signature.equals(before.fingerprint())) {
            return;
        }
        if (before != null) {
            withdraw(before);
        }
        entries.put(file, new Entry(signature, new PluginStatus(file, PluginStatus.BROKEN, List.of(), problem.line(),
                problem.file(), problem.getMessage(), clock.instant()), null));
        record("broken", file, "FAILED", problem.file() + " line " + problem.line() + ": " + problem.getMessage());
        LOG.warning(() -> "Report plugin " + file + " is broken: " + problem.file() + " line " + problem.line() + ": "
                + problem.getMessage());
    }

    private void remove(String file) {
        Entry entry = entries.remove(file);
        withdraw(entry);
        record("remove", file, "OK", String.join(", ", entry.status().reports()));
        LOG.info(() -> "Report plugin " + file + " removed");
    }

    private void withdraw(Entry entry) {
        if (entry.plugin() != null) {
            catalog.replace(entry.status().file(), List.of());
            release(entry);
        }
    }

    private void release(Entry entry) {
        if (entry.plugin() != null) {
            entry.plugin().reports().forEach(r -> engine.evict(r.id() + "@" + r.version()));
            close(entry.plugin());
        }
    }

    private Optional<String> conflict(String file, List<ReportDefinition> reports) {
        for (ReportDefinition report : reports) {
            Optional<String> owner = catalog.pluginOf(report.id());
            boolean builtIn = owner.isEmpty() && catalog.find(report.id()).isPresent();
            if (builtIn || owner.filter(o -> !o.equals(file)).isPresent()) {
                return Optional.of("The report id " + report.id() + " is already taken by "
                        + (builtIn ? "a built-in report" : "the plugin " + owner.get()));
            }
        }
        return Optional.empty();
    }

    private void record(String change, String file, String outcome, String detail) {
        String actor = caller.name().orElse(WATCHER);
        try {
            audit.append(new AuditEvent(clock.instant(), actor, "ReportPlugins." + change, "report-plugin", file,
                    outcome, List.of(new FieldChange("plugin", null, detail)), CallOrigin.current()));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The change of report plugin " + file + " could not be put on the audit trail", e);
        }
    }

    private static Map<String, String> listing(Path directory) {
        Map<String, String> listing = new TreeMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            files.filter(Files::isRegularFile).forEach(f -> {
                try {
                    listing.put(f.getFileName().toString(), Files.size(f) + "@" + Files.getLastModifiedTime(f).toMillis());
                } catch (IOException e) {
                    listing.put(f.getFileName().toString(), "unreadable");
                }
            });
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The report plugins directory " + directory + " cannot be read", e);
        }
        return listing;
    }

    private static void close(LoadedPlugin plugin) {
        if (plugin.resources() != null) {
            try {
                plugin.resources().close();
            } catch (Exception e) {
                LOG.log(Level.FINE, "A plugin's class loader did not close", e);
            }
        }
    }

    /**
     * What is known of one plugin file.
     *
     * @param fingerprint its content's fingerprint when installed, its problem when broken
     * @param status what administrators see
     * @param plugin what was loaded; null when broken
     */
    private record Entry(String fingerprint, PluginStatus status, LoadedPlugin plugin) {
    }
}
