package org.suaka.web.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.suaka.platform.api.InvalidFieldException;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of a file, judged by its content and not its name: an XLSX workbook (streamed, never
 * loaded whole; POI refuses a zip bomb), or CSV text in UTF-8 (with or without a byte order mark) or
 * Windows-1252, separated by commas or semicolons. Dates in an XLSX are given as YYYY-MM-DD.
 */
public final class SheetReader {

    /** The largest file read, in bytes. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private SheetReader() {
    }

    /**
     * @param content the file
     * @param maxRows the most rows below the header accepted
     * @return the sheet's text
     * @throws InvalidFieldException ({@code file}) for an empty, too large, unreadable or unsafe file, or one
     *     with more rows than accepted
     */
    public static Sheet read(byte[] content, int maxRows) {
        if (content == null || content.length == 0 || content.length > MAX_BYTES) {
            throw new InvalidFieldException("file", "Send an XLSX or CSV file of at most " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        boolean zip = content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
        Sheet sheet = zip ? xlsx(content, maxRows) : csv(content, maxRows);
        if (sheet.header().stream().allMatch(String::isBlank)) {
            throw new InvalidFieldException("file", "The first row names no column");
        }
        return sheet;
    }

    /**
     * @param fileName the file's name as sent, or null
     * @param content the file
     * @return what names the file on the audit trail: its name (at most 200 characters) and its SHA-256
     */
    public static String source(String fileName, byte[] content) {
        String name = fileName == null || fileName.isBlank() ? "-" : fileName.strip();
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(content);
            return name.substring(0, Math.min(200, name.length())) + " sha256:" + java.util.HexFormat.of().formatHex(hash);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Sheet csv(byte[] content, int maxRows) {
        String text = decode(content);
        if (text.indexOf('\u0000') >= 0) {
            throw new InvalidFieldException("file", "The file is neither an XLSX workbook nor CSV text");
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        List<String> header = null;
        List<Sheet.Line> rows = new ArrayList<>();
        try (Reader reader = new StringReader(text)) {
            for (CSVRecord record : format.parse(reader)) {
                List<String> cells = record.toList().stream().map(String::strip).toList();
                if (header == null) {
                    header = cells;
                } else if (!cells.stream().allMatch(String::isEmpty)) {
                    tooMany(rows.size(), maxRows);
                    rows.add(new Sheet.Line((int) record.getRecordNumber(), cells));
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new InvalidFieldException("file", "The CSV text cannot be read: " + e.getMessage());
        }
        return new Sheet(header == null ? List.of() : header, rows);
    }

    /** UTF-8 when the bytes are valid UTF-8 (a byte order mark dropped), Windows-1252 otherwise. */
    private static String decode(byte[] content) {
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content, start, content.length - start))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, WINDOWS_1252);
        }
    }

    private static Sheet xlsx(byte[] content, int maxRows) {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(200L * 1024 * 1024);
        RowCollector collector = new RowCollector(maxRows);
        try (InputStream in = new ByteArrayInputStream(content); OPCPackage workbook = OPCPackage.open(in)) {
            XSSFReader reader = new XSSFReader(workbook);
            StylesTable styles = reader.getStylesTable();
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new InvalidFieldException("file", "The workbook has no sheet");
            }
            try (InputStream first = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, collector, new IsoDates(), false));
                parser.parse(new InputSource(first));
            }
        } catch (InvalidFieldException e) {
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            throw new InvalidFieldException("file", "The file is not a workbook Suaka can read safely: " + e.getMessage());
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        return collector.sheet();
    }

    private static void tooMany(int rows, int maxRows) {
        if (rows >= maxRows) {
            throw new InvalidFieldException("file", "A file holds at most " + maxRows + " rows; split it");
        }
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(ch -> ch == c).count();
    }

    /** Formats cells as the sheet shows them, except dates, which it writes as YYYY-MM-DD. */
    private static final class IsoDates extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value).toLocalDate().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }

    /** Collects the rows the streaming reader hands over, the first as the header. */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final int maxRows;
        private final List<Sheet.Line> rows = new ArrayList<>();
        private List<String> header;
        private List<String> current;

        RowCollector(int maxRows) {
            this.maxRows = maxRows;
        }

        @Override
        public void startRow(int rowNum) {
            current = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            if (header == null) {
                header = current;
            } else if (!current.stream().allMatch(String::isBlank)) {
                tooMany(rows.size(), maxRows);
                rows.add(new Sheet.Line(rowNum + 1, current));
            }
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = new org.apache.poi.ss.util.CellReference(reference).getCol();
            while (current.size() < column) {
                current.add("");
            }
            current.add(formattedValue == null ? "" : formattedValue.strip());
        }

        Sheet sheet() {
            return new Sheet(header == null ? List.of() : header, rows);
        }
    }
}
