package org.suaka.web.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

import org.suaka.platform.api.InvalidFieldException;

/** The formats a list is exported to. */
public enum SheetFormat {
    /** An Excel workbook, streamed with a window of rows in memory. */
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    /** Comma-separated UTF-8 text with a byte order mark, so that Excel reads the diacritics right. */
    CSV("text/csv; charset=UTF-8");

    private final String mediaType;

    SheetFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    /** @return the media type to send it with */
    public String mediaType() {
        return mediaType;
    }

    /** @return the file name extension, without the dot */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param out where the sheet goes
     * @param sheetName the sheet's name, for formats that have one
     * @return a writer of the sheet's rows; closing it finishes the file, not the stream
     * @throws IOException when the stream refuses
     */
    public SheetWriter open(OutputStream out, String sheetName) throws IOException {
        return this == XLSX ? new XlsxSheetWriter(out, sheetName) : new CsvSheetWriter(out);
    }

    /**
     * @param text {@code xlsx} or {@code csv}, any case; null or blank for XLSX
     * @return the format
     * @throws InvalidFieldException ({@code format}) for anything else
     */
    public static SheetFormat parse(String text) {
        if (text == null || text.isBlank()) {
            return XLSX;
        }
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("format", "Export to xlsx or csv");
        }
    }
}
