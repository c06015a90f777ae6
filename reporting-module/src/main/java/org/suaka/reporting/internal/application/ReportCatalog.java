package org.suaka.reporting.internal.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.suaka.reporting.spi.ReportDefinition;

/**
 * The installed reports, by id. A definition whose id is malformed or already taken is refused and
 * logged; the others stay available.
 */
@ApplicationScoped
public class ReportCatalog {

    private static final Logger LOG = Logger.getLogger(ReportCatalog.class.getName());
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Instance<ReportDefinition> discovered;
    private static final String BUILT_IN = "built-in";

    private final Map<String, ReportDefinition> byId = new ConcurrentSkipListMap<>();
    private final Map<String, String> sourceById = new ConcurrentHashMap<>();

    protected ReportCatalog() {
        // for CDI
    }

    /**
     * @param discovered every report definition bean in the application
     */
    @Inject
    public ReportCatalog(@Any Instance<ReportDefinition> discovered) {
        this.discovered = discovered;
    }

    @PostConstruct
    void index() {
        discovered.forEach(this::install);
    }

    /**
     * @param definition a definition to make available
     * @return whether it was installed
     */
    public boolean install(ReportDefinition definition) {
        return install(definition, BUILT_IN);
    }

    private synchronized boolean install(ReportDefinition definition, String source) {
        String id = definition.id();
        if (id == null || !ID.matcher(id).matches()) {
            LOG.warning(() -> "Report definition " + definition.getClass().getName() + " refused: id '" + id
                    + "' is not lower-case words joined by dashes");
            return false;
        }
        if (byId.containsKey(id)) {
            LOG.warning(() -> "Report definition " + definition.getClass().getName() + " refused: id '" + id
                    + "' is already taken by " + byId.get(id).getClass().getName());
            return false;
        }
        byId.put(id, definition);
        sourceById.put(id, source);
        return true;
    }

    /**
     * Puts a plugin file's reports in place of the ones it provided before, all or none.
     *
     * @param source the plugin file's name
     * @param definitions its reports now; empty to remove them
     * @return empty when done, else why not (an id malformed or taken by another source); nothing changed then
     */
    public synchronized Optional<String> replace(String source, List<ReportDefinition> definitions) {
        for (ReportDefinition definition : definitions) {
            String id = definition.id();
            if (id == null || !ID.matcher(id).matches()) {
                return Optional.of("The report id '" + id + "' is not lower-case words joined by dashes");
            }
            String owner = sourceById.get(id);
            if (owner != null && !owner.equals(source)) {
                return Optional.of("The report id " + id + " is already taken by "
                        + (BUILT_IN.equals(owner) ? "a built-in report" : "the plugin " + owner));
            }
        }
        sourceById.entrySet().removeIf(e -> {
            if (e.getValue().equals(source)) {
                byId.remove(e.getKey());
                return true;
            }
            return false;
        });
        for (ReportDefinition definition : definitions) {
            byId.put(definition.id(), definition);
            sourceById.put(definition.id(), source);
        }
        return Optional.empty();
    }

    /**
     * @param id a report id
     * @return the plugin file that provides it, or empty for a built-in report or an unknown id
     */
    public Optional<String> pluginOf(String id) {
        return Optional.ofNullable(sourceById.get(id)).filter(s -> !BUILT_IN.equals(s));
    }

    /**
     * @param id a report id
     * @return the installed definition, or empty
     */
    public Optional<ReportDefinition> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** @return every installed definition, by id */
    public Collection<ReportDefinition> all() {
        return byId.values();
    }
}
