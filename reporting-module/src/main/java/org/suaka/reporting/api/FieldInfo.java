package org.suaka.reporting.api;

/**
 * A field of a dataset's rows.
 *
 * @param name the name a template reads with {@code $F{name}}
 * @param type the Java class of its values
 * @param description what it holds
 */
public record FieldInfo(String name, String type, String description) {
}
