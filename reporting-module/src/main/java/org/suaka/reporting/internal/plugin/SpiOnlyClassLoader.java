package org.suaka.reporting.internal.plugin;

import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * The parent of a plugin jar's class loader: it shows the plugin the Java platform, the report SPI and the
 * modules' apis, and nothing else of the application (not the engine, not the modules' internals, not
 * the server's libraries), so that a plugin builds on the published contracts only.
 */
final class SpiOnlyClassLoader extends ClassLoader {

    private static final List<String> VISIBLE = List.of("org.suaka.reporting.spi.", "org.suaka.platform.api.",
            "org.suaka.registry.api.", "org.suaka.shelter.api.", "org.suaka.partner.api.");

    private final ClassLoader application;

    /**
     * @param application the loader that sees the SPI and the apis
     */
    SpiOnlyClassLoader(ClassLoader application) {
        super("suaka-plugin-parent", ClassLoader.getPlatformClassLoader());
        this.application = application;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (VISIBLE.stream().anyMatch(name::startsWith)) {
            return application.loadClass(name);
        }
        return super.loadClass(name, resolve);
    }

    @Override
    public URL getResource(String name) {
        return null;
    }

    @Override
    public Enumeration<URL> getResources(String name) {
        return Collections.emptyEnumeration();
    }
}
