package org.suaka.web.export;

/** What goes into an exported cell. */
final class Cells {

    private Cells() {
    }

    /**
     * Keeps a spreadsheet from running what a record holds (CSV or formula injection): text that begins with
     * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is prefixed with an apostrophe, which
     * spreadsheets show as text.
     *
     * @param text a cell's text, or null
     * @return the text as it is safe to export, or null
     */
    static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + text : text;
    }
}
