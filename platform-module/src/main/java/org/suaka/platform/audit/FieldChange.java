package org.suaka.platform.audit;

/**
 * One field of a record as it was before a change and as it is after.
 *
 * @param field the field's name as the API names it, e.g. {@code dateOfBirth}
 * @param before the value before, as text, masked when personal; null when the record was created
 * @param after the value after, as text, masked when personal
 */
public record FieldChange(String field, String before, String after) {
}
