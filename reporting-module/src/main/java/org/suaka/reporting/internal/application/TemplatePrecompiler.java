package org.suaka.reporting.internal.application;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.suaka.platform.health.HealthIndicator;
import org.suaka.reporting.api.ReportFailedException;
import org.suaka.reporting.internal.engine.JasperReportEngine;
import org.suaka.reporting.spi.ReportDefinition;

/**
 * Compiles every installed template when the application starts, so that the first request for a
 * report does not wait for the compiler and a broken template is reported in the log at once. A
 * template that fails is logged with its name and the compiler's message; the others stay available,
 * and the server's readiness check names the broken ones until they are fixed.
 */
@ApplicationScoped
public class TemplatePrecompiler implements HealthIndicator {

    private static final Logger LOG = Logger.getLogger(TemplatePrecompiler.class.getName());

    @Inject
    ReportCatalog catalog;

    @Inject
    JasperReportEngine engine;

    private final Map<String, String> failures = new ConcurrentSkipListMap<>();
    private volatile boolean compiled;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        for (ReportDefinition definition : catalog.all()) {
            try {
                engine.precompile(DefaultReportService.cacheKey(definition), definition.template());
            } catch (ReportFailedException e) {
                failures.put(definition.id(), e.getMessage());
                LOG.log(Level.SEVERE, e.getMessage(), e);
            }
        }
        compiled = true;
    }

    @Override
    public String name() {
        return "report-templates";
    }

    @Override
    public Optional<String> problem() {
        if (!compiled) {
            return Optional.of("The report templates are still being compiled");
        }
        return failures.isEmpty() ? Optional.empty()
                : Optional.of("Templates that do not compile: " + String.join("; ", failures.values()));
    }
}
