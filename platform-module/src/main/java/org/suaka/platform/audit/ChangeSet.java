package org.suaka.platform.audit;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Compares two api views of one record, field by field, masking the components marked {@link
 * PersonalData}. Only record views are compared; the record's {@code version} is left out because it
 * changes with every write; binary content is recorded by its length.
 */
final class ChangeSet {

    private ChangeSet() {
    }

    /**
     * @param before the view before, or null when the record was created
     * @param after the view after
     * @param recordId the record's id, which salts the fingerprints of personal values
     * @return the fields whose values differ; every set field when the record was created
     */
    static List<FieldChange> between(Object before, Object after, String recordId) {
        if (after == null || !after.getClass().isRecord()) {
            return List.of();
        }
        List<FieldChange> changes = new ArrayList<>();
        for (RecordComponent component : after.getClass().getRecordComponents()) {
            String name = component.getName();
            if ("version".equals(name)) {
                continue;
            }
            Object old = before != null && before.getClass() == after.getClass() ? value(component, before) : null;
            Object now = value(component, after);
            if (Objects.equals(old, now)) {
                continue;
            }
            boolean personal = component.isAnnotationPresent(PersonalData.class);
            changes.add(new FieldChange(name, text(old, personal, recordId), text(now, personal, recordId)));
        }
        return changes;
    }

    private static Object value(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component.getName() + " of " + record.getClass(), e);
        }
    }

    private static String text(Object value, boolean personal, String salt) {
        if (value == null) {
            return null;
        }
        if (value instanceof byte[] bytes) {
            return "<" + bytes.length + " bytes>";
        }
        String text = String.valueOf(value);
        return personal ? fingerprint(salt, text) : text;
    }

    /**
     * @param salt the record's id
     * @param value a personal value
     * @return {@code #} and the first 12 hex digits of SHA-256 over salt and value
     */
    static String fingerprint(String salt, String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((salt + "\u001f" + value).getBytes(StandardCharsets.UTF_8));
            return "#" + HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
