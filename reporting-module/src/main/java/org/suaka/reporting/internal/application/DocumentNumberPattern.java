package org.suaka.reporting.internal.application;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Turns a configured pattern into a document number. Tokens: {@code {seq}} the yearly sequence number,
 * {@code {seq4}} the same padded to four digits, {@code {month}} the two-digit month, {@code {romanMonth}}
 * the month in Roman numerals as Indonesian letters use it, {@code {year}} the year, and
 * {@code {report}} the report's code. Example: {@code W22.RDN.KPG-{seq4}/{report}/{romanMonth}/{year}}
 * gives {@code W22.RDN.KPG-0007/LAP-BULANAN/IX/2024}.
 *
 * @param pattern the configured pattern
 */
public record DocumentNumberPattern(String pattern) {

    private static final String[] ROMAN_MONTHS =
            {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};

    public DocumentNumberPattern {
        Objects.requireNonNull(pattern, "pattern");
        if (!pattern.contains("{seq")) {
            throw new IllegalArgumentException("A document number pattern must contain {seq} or {seq4}: " + pattern);
        }
    }

    /**
     * @param sequence the number of the document within its year, from 1
     * @param issuedOn the day of issue
     * @param reportCode the report's code
     * @return the document number
     */
    public String format(long sequence, LocalDate issuedOn, String reportCode) {
        return pattern
                .replace("{seq4}", String.format("%04d", sequence))
                .replace("{seq}", Long.toString(sequence))
                .replace("{month}", String.format("%02d", issuedOn.getMonthValue()))
                .replace("{romanMonth}", ROMAN_MONTHS[issuedOn.getMonthValue() - 1])
                .replace("{year}", Integer.toString(issuedOn.getYear()))
                .replace("{report}", reportCode);
    }
}
