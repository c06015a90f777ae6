package org.suaka.reporting.spi;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Loads a report's label bundle. A bundle's default file holds Indonesian, the default language of
 * official documents; other languages sit beside it (for instance {@code _en}). The server's own
 * default locale never decides the language of a document.
 */
public final class ReportBundles {

    /** The language of official documents when no other is asked for. */
    public static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    private static final ResourceBundle.Control NO_SERVER_LOCALE_FALLBACK = new ResourceBundle.Control() {
        @Override
        public List<String> getFormats(String baseName) {
            return FORMAT_PROPERTIES;
        }

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }

        @Override
        public List<Locale> getCandidateLocales(String baseName, Locale locale) {
            return "id".equals(locale.getLanguage()) ? List.of(Locale.ROOT) : super.getCandidateLocales(baseName, locale);
        }
    };

    private ReportBundles() {
    }

    /**
     * @param anchor a class whose class loader sees the bundle
     * @param baseName the bundle's base name, e.g. {@code org.suaka.reporting.internal.builtin.monthly_statistics}
     * @param locale the language wanted
     * @return the bundle in that language, or in Indonesian when there is no file for it
     */
    public static ResourceBundle load(Class<?> anchor, String baseName, Locale locale) {
        return ResourceBundle.getBundle(baseName, locale, anchor.getClassLoader(), NO_SERVER_LOCALE_FALLBACK);
    }
}
