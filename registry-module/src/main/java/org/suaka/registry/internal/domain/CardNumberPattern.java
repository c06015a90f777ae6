package org.suaka.registry.internal.domain;

import java.util.Objects;

/**
 * Turns the configured card number pattern ({@code suaka.card.number-pattern}) into a card's number. Tokens:
 * {@code {office}} the office's code, {@code {year}} the year of issue, {@code {seq}} the number of the card
 * within the office's year, {@code {seq5}} the same padded to five digits. The pattern must hold all three, so
 * that no two cards of the installation get the same number. Example: {@code KIK-{office}-{year}-{seq5}} gives
 * {@code KIK-KPG-2024-00007}.
 *
 * @param pattern the configured pattern
 */
public record CardNumberPattern(String pattern) {

    /** The pattern when none is configured. */
    public static final String DEFAULT = "KIK-{office}-{year}-{seq5}";

    public CardNumberPattern {
        Objects.requireNonNull(pattern, "pattern");
        if (!pattern.contains("{office}") || !pattern.contains("{year}") || !pattern.contains("{seq")) {
            throw new IllegalArgumentException("suaka.card.number-pattern must hold {office}, {year} and {seq} or"
                    + " {seq5}: " + pattern);
        }
    }

    /**
     * @param officeCode the issuing office's code
     * @param year the year of issue
     * @param sequence the card's number within the office's year, from 1
     * @return the card number
     */
    public String format(String officeCode, int year, long sequence) {
        return pattern.replace("{office}", officeCode).replace("{year}", Integer.toString(year))
                .replace("{seq5}", String.format("%05d", sequence)).replace("{seq}", Long.toString(sequence));
    }
}
