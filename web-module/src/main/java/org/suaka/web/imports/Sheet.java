package org.suaka.web.imports;

import java.util.List;

/**
 * A sheet's text: the header and the rows below it.
 *
 * @param header the first row's cells
 * @param rows the rows below it, each with its line number in the file first
 */
public record Sheet(List<String> header, List<Line> rows) {

    public Sheet {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /**
     * One row of cells.
     *
     * @param number its line in the file, the header being line 1
     * @param cells its cells' text, empty strings for empty cells
     */
    public record Line(int number, List<String> cells) {

        public Line {
            cells = List.copyOf(cells);
        }

        /**
         * @param column a column's index
         * @return the cell's text, or an empty string past the row's end
         */
        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }
    }
}
