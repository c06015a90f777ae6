package org.suaka.platform.api;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Country names for the ISO 3166-1 alpha-3 codes that Suaka stores as nationalities, in the language of
 * a page or a document.
 */
public final class Countries {

    private static final Map<String, String> ALPHA3_TO_ALPHA2 = new HashMap<>();

    static {
        for (String alpha2 : Locale.getISOCountries()) {
            ALPHA3_TO_ALPHA2.put(new Locale("", alpha2).getISO3Country(), alpha2);
        }
    }

    private Countries() {
    }

    /** @return every ISO 3166-1 alpha-3 country code */
    public static java.util.Set<String> codes() {
        return java.util.Set.copyOf(ALPHA3_TO_ALPHA2.keySet());
    }

    /**
     * @param alpha3 a code such as {@code AFG}
     * @param locale the language wanted
     * @return the country's name in that language, e.g. {@code Afganistan}, or the code itself when unknown
     */
    public static String name(String alpha3, Locale locale) {
        String alpha2 = ALPHA3_TO_ALPHA2.get(alpha3);
        return alpha2 == null ? alpha3 : new Locale("", alpha2).getDisplayCountry(locale);
    }
}
