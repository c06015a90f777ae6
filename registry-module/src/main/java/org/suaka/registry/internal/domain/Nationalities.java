package org.suaka.registry.internal.domain;

import java.util.Locale;
import java.util.Set;

/**
 * The nationality codes the registry accepts: every ISO 3166-1 alpha-3 country code known to the JDK,
 * plus the ICAO codes used on travel documents for people without a recognised nationality.
 */
public final class Nationalities {

    private static final Set<String> STATELESS_AND_UNSPECIFIED = Set.of("XXA", "XXB", "XXC", "XXX");
    private static final Set<String> COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);

    private Nationalities() {
    }

    /**
     * @param code a three-letter code
     * @return whether it names a country or a recognised stateless category
     */
    public static boolean isKnown(String code) {
        return code != null && (COUNTRIES.contains(code) || STATELESS_AND_UNSPECIFIED.contains(code));
    }
}
