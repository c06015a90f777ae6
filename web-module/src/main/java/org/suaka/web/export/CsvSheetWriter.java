package org.suaka.web.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** A CSV sheet through Commons CSV: RFC 4180, UTF-8 with a byte order mark. */
final class CsvSheetWriter implements SheetWriter {

    private final Writer writer;
    private final CSVPrinter printer;

    CsvSheetWriter(OutputStream out) throws IOException {
        this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        this.printer = new CSVPrinter(writer, CSVFormat.RFC4180);
    }

    @Override
    public void row(List<?> cells) throws IOException {
        List<Object> values = new ArrayList<>(cells.size());
        for (Object cell : cells) {
            values.add(cell instanceof Number || cell instanceof TemporalAccessor || cell == null ? cell
                    : Cells.neutralise(cell.toString()));
        }
        printer.printRecord(values);
    }

    @Override
    public void close() throws IOException {
        printer.flush();
        writer.flush();
    }
}
