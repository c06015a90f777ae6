package org.suaka.reporting.internal.application;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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
    private final Map<String, ReportDefinition> byId = new TreeMap<>();

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
        String id = definition.id();
        if (id == null || !ID.matcher(id).matches()) {
            LOG.warning(() -> "Report definition " + definition.getClass().getName() + " refused: id '" + id
                    + "' is not lower-case words joined by dashes");
            return false;
        }
        if (byId.putIfAbsent(id, definition) != null) {
            LOG.warning(() -> "Report definition " + definition.getClass().getName() + " refused: id '" + id
                    + "' is already taken by " + byId.get(id).getClass().getName());
            return false;
        }
        return true;
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
