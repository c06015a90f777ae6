package org.suaka.reporting.internal.application;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as official documents print them: {@code 30 September 2024} in Indonesian,
 * {@code 30 September 2024} in English too, and {@code Kupang, 30 September 2024} before a signature.
 */
public final class DocumentDates {

    private DocumentDates() {
    }

    /**
     * @param date the day
     * @param locale the document's language
     * @return the day with the month written out, e.g. {@code 1 Agustus 2024}
     */
    public static String longDate(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
    }

    /**
     * @param place the city of issue
     * @param date the day of issue
     * @param locale the document's language
     * @return e.g. {@code Kupang, 30 September 2024}
     */
    public static String placeAndDate(String place, LocalDate date, Locale locale) {
        return place + ", " + longDate(date, locale);
    }
}
