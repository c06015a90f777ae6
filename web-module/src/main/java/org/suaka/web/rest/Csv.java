package org.suaka.web.rest;

/**
 * Fields of the CSV exports.
 */
final class Csv {

    private Csv() {
    }

    /**
     * @param value a value, possibly null
     * @return the value quoted, with formula starters neutralised so that spreadsheets do not run them
     */
    static String field(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
