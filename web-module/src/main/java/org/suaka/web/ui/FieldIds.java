package org.suaka.web.ui;

import java.util.Arrays;

/**
 * Where a service's refusal of one field is shown: the id of that field's input within its form.
 */
final class FieldIds {

    private FieldIds() {
    }

    /**
     * @param path a violation's property path, {@code method.parameter.field} for a service call
     * @return the id of the field's input within the form: {@code givenName}, or {@code contacts:1:email}
     *     for the second row of a repeated list
     */
    static String of(String path) {
        String[] segments = path.split("\\.");
        String field = segments.length > 2 ? String.join(".", Arrays.copyOfRange(segments, 2, segments.length))
                : segments[segments.length - 1];
        return field.replaceAll("\\[(\\d+)]", ":$1").replace('.', ':');
    }
}
