package org.suaka.reporting.api;

/**
 * A report parameter as a form shows it.
 *
 * @param name its name in the request, e.g. {@code month}
 * @param type {@code YEAR_MONTH}, {@code DATE}, {@code RECORD_ID} or {@code TEXT}
 * @param required whether it must be given
 * @param label its label in the requested language
 */
public record ParameterInfo(String name, String type, boolean required, String label) {
}
