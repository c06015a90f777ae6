package org.suaka.web.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.suaka.platform.api.InvalidFieldException;
import org.suaka.registry.api.ImportDecision;
import org.suaka.registry.api.ImportField;
import org.suaka.registry.api.ImportRow;
import org.suaka.web.imports.ColumnMapping;
import org.suaka.web.imports.Sheet;

/** What the import resources read alike from a request: the rows of a sheet and the officer's decisions. */
final class ImportRequests {

    static final String SPREADSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String LINES = "Line numbers separated by commas, e.g. 4,7";
    private static final int MAX_NAME = 200;

    private ImportRequests() {
    }

    /**
     * @param sheet a sheet read
     * @return its rows through the columns its header names
     * @throws InvalidFieldException when no column holds the given name
     */
    static List<ImportRow> rows(Sheet sheet) {
        return rows(sheet, ColumnMapping.of(sheet.header()));
    }

    /**
     * @param sheet a sheet read
     * @param mapping the columns of its fields
     * @return its rows through the mapping
     * @throws InvalidFieldException when no column holds the given name
     */
    static List<ImportRow> rows(Sheet sheet, ColumnMapping mapping) {
        if (!mapping.columns().containsKey(ImportField.GIVEN_NAME)) {
            throw new InvalidFieldException("file", "No column holds the given name (e.g. 'Nama depan' or 'Given name')");
        }
        return mapping.rows(sheet);
    }

    /**
     * @param fileName the name the caller gave the file, or null
     * @return it, or a name saying there was none
     */
    static String fileName(String fileName) {
        if (fileName != null && fileName.length() > MAX_NAME) {
            throw new InvalidFieldException("fileName", "The file's name is longer than " + MAX_NAME + " characters");
        }
        return fileName == null || fileName.isBlank() ? "unnamed" : fileName.strip();
    }

    /**
     * @param decisions where the lines' decisions go
     * @param parameter the query parameter, for the error
     * @param lines its value, line numbers separated by commas, or null
     * @param decision the decision for those lines
     */
    static void decide(Map<Integer, ImportDecision> decisions, String parameter, String lines, ImportDecision decision) {
        if (lines == null || lines.isBlank()) {
            return;
        }
        List<Integer> numbers = new ArrayList<>();
        for (String line : lines.split(",")) {
            try {
                numbers.add(Integer.parseInt(line.strip()));
            } catch (NumberFormatException e) {
                throw new InvalidFieldException(parameter, "Give line numbers separated by commas, e.g. 4,7");
            }
        }
        numbers.forEach(n -> decisions.put(n, decision));
    }
}
