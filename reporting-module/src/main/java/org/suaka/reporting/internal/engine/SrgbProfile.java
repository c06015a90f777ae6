package org.suaka.reporting.internal.engine;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The sRGB colour profile that a PDF/A document names as its output intent. The Java runtime carries one;
 * it is written once to a file, since the PDF exporter reads the profile from a location.
 */
final class SrgbProfile {

    private static final Path FILE = write();

    private SrgbProfile() {
    }

    /** @return where the profile lies */
    static String path() {
        return FILE.toAbsolutePath().toString();
    }

    private static Path write() {
        try {
            Path file = Files.createTempFile("suaka-srgb-", ".icc");
            file.toFile().deleteOnExit();
            Files.write(file, ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the sRGB profile for PDF/A documents", e);
        }
    }
}
