package org.suaka.reporting.internal.plugin;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Watches the plugins directory: loads it when the application starts, then looks again every
 * {@code suaka.report.plugins.scan-seconds} (default 2), so that a plugin copied in, replaced or removed
 * takes effect within seconds, without a restart. Polling the listing (names, sizes, times) rather than
 * file-system events works the same on every file system, network and container volumes included.
 */
@Startup
@Singleton
public class PluginWatch {

    private static final Logger LOG = Logger.getLogger(PluginWatch.class.getName());

    @Inject
    PluginDirectory directory;

    @Inject
    @ConfigProperty(name = "suaka.report.plugins.scan-seconds", defaultValue = "2")
    int scanSeconds;

    @Resource
    TimerService timers;

    @PostConstruct
    void start() {
        scan();
        long interval = Math.max(1, scanSeconds) * 1000L;
        timers.createIntervalTimer(interval, interval, new TimerConfig("report-plugins", false));
        LOG.info(() -> "Watching the report plugins directory " + directory.directory());
    }

    @Timeout
    void scan() {
        try {
            directory.rescan();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The report plugins directory could not be scanned", e);
        }
    }
}
