package org.suaka.reporting.spi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Where a report's JRXML comes from. The engine compiles it once per report id and version and keeps
 * the compiled form.
 *
 * @param name a name for messages, e.g. the resource path
 * @param source opens the JRXML
 */
public record ReportTemplate(String name, Source source) {

    public ReportTemplate {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
    }

    /**
     * @param anchor a class whose class loader sees the template
     * @param resource the template's absolute classpath path, without a leading slash
     * @return a template read from the classpath
     */
    public static ReportTemplate classpath(Class<?> anchor, String resource) {
        return new ReportTemplate(resource, () -> {
            InputStream in = anchor.getClassLoader().getResourceAsStream(resource);
            if (in == null) {
                throw new IOException("Report template not found on the classpath: " + resource);
            }
            return in;
        });
    }

    /** @return the JRXML stream; the caller closes it */
    public InputStream open() {
        try {
            return source.open();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens a template's JRXML. */
    @FunctionalInterface
    public interface Source {
        /**
         * @return a new stream over the JRXML
         * @throws IOException when it cannot be read
         */
        InputStream open() throws IOException;
    }
}
