package org.suaka.audit.internal;

import java.util.ArrayList;
import java.util.List;

import org.suaka.platform.audit.FieldChange;

/**
 * Writes the fields of a change as text, one field a line with tab-separated name, before and after, and
 * reads them back. Backslash, tab and line break are escaped; an absent value is {@code \0}.
 */
final class ChangesCodec {

    private static final String ABSENT = "\\0";

    private ChangesCodec() {
    }

    static String encode(List<FieldChange> changes) {
        if (changes.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (FieldChange change : changes) {
            text.append(escape(change.field())).append('\t').append(escape(change.before())).append('\t')
                    .append(escape(change.after())).append('\n');
        }
        return text.toString();
    }

    static List<FieldChange> decode(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<FieldChange> changes = new ArrayList<>();
        for (String line : text.split("\n")) {
            String[] parts = line.split("\t", -1);
            changes.add(new FieldChange(unescape(parts[0]), unescape(parts[1]), unescape(parts[2])));
        }
        return changes;
    }

    private static String escape(String value) {
        if (value == null) {
            return ABSENT;
        }
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String value) {
        if (ABSENT.equals(value)) {
            return null;
        }
        StringBuilder text = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                text.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }
}
