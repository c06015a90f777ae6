package org.suaka.web.rest;

import java.util.List;
import java.util.Locale;

/**
 * The language of a document or label: Indonesian by default, English when asked for, by the
 * {@code lang} parameter first and the browser's Accept-Language second.
 */
final class DocumentLanguage {

    static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    private static final List<Locale> SUPPORTED = List.of(INDONESIAN, Locale.ENGLISH);

    private DocumentLanguage() {
    }

    static Locale choose(String lang, String acceptLanguage) {
        if (lang != null && !lang.isBlank()) {
            return "en".equalsIgnoreCase(lang.strip()) ? Locale.ENGLISH : INDONESIAN;
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                List<Locale> matches = Locale.filter(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
                if (!matches.isEmpty()) {
                    return matches.get(0);
                }
            } catch (IllegalArgumentException e) {
                return INDONESIAN;
            }
        }
        return INDONESIAN;
    }
}
