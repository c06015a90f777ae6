package org.suaka.reporting.spi;

import java.util.Objects;

/**
 * One field of a dataset's rows, as a template reads it with {@code $F{name}}.
 *
 * @param name the field's name
 * @param type the Java class of its values, as a template declares it, e.g. {@code java.lang.Long}
 * @param description what it holds, for template authors
 */
public record DatasetField(String name, String type, String description) {

    public DatasetField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
    }

    /**
     * @param name the field's name
     * @param description what it holds
     * @return a text field
     */
    public static DatasetField text(String name, String description) {
        return new DatasetField(name, String.class.getName(), description);
    }

    /**
     * @param name the field's name
     * @param description what it holds
     * @return a field holding a count
     */
    public static DatasetField count(String name, String description) {
        return new DatasetField(name, Long.class.getName(), description);
    }
}
