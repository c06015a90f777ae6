package org.suaka.web.export;

import java.io.IOException;
import java.util.List;

/**
 * Writes a sheet row by row. Text that a spreadsheet would take for a formula is neutralised
 * ({@link Cells#neutralise}); numbers stay numbers.
 */
public interface SheetWriter extends AutoCloseable {

    /**
     * @param cells the row's values: text, whole numbers, dates, or null for an empty cell
     * @throws IOException when the stream refuses
     */
    void row(List<?> cells) throws IOException;

    /**
     * Finishes the file; the stream beneath stays open.
     *
     * @throws IOException when the stream refuses
     */
    @Override
    void close() throws IOException;
}
