package org.suaka.registry.api;

/**
 * The shapes of UNHCR reference numbers as printed on UNHCR documents in Indonesia: a three-digit office
 * code, a dash, and a serial (individual numbers) or a two-digit year, {@code C} and a serial (case
 * numbers).
 */
public final class UnhcrNumbers {

    /** An individual number, e.g. {@code 386-00123456}. */
    public static final String INDIVIDUAL = "[0-9]{3}-[0-9]{8}";

    /** A case number shared by a family, e.g. {@code 386-24C00012}. */
    public static final String CASE = "[0-9]{3}-[0-9]{2}C[0-9]{5}";

    private UnhcrNumbers() {
    }
}
