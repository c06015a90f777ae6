package org.suaka.web.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.suaka.platform.api.InvalidFieldException;

/** Exports read back with the libraries that wrote them: formulas neutralised, numbers and dates kept as such. */
class SheetWritersTest {

    private static final List<Object> HOSTILE = Arrays.asList("=HYPERLINK(\"http://evil.example\",\"klik\")", "+62 812", "-1+1",
            "@SUM(A1:A2)", "Ina Bo'i", "Ma\u2019soumeh Şahin", 171L, LocalDate.of(2024, 9, 11), null);

    private static byte[] write(SheetFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SheetWriter sheet = format.open(out, "Daftar pengungsi")) {
            sheet.row(List.of("Nama", "Telepon", "Catatan", "Rumus", "Hotel", "Nama lain", "Jumlah", "Tanggal", "Kosong"));
            sheet.row(HOSTILE);
        }
        return out.toByteArray();
    }

    @Test
    void anXlsxOpensInARealReaderWithFormulasNeutralised() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(write(SheetFormat.XLSX)))) {
            Row row = workbook.getSheet("Daftar pengungsi").getRow(1);

            assertEquals("'=HYPERLINK(\"http://evil.example\",\"klik\")", row.getCell(0).getStringCellValue());
            assertEquals("'+62 812", row.getCell(1).getStringCellValue());
            assertEquals("'-1+1", row.getCell(2).getStringCellValue());
            assertEquals("'@SUM(A1:A2)", row.getCell(3).getStringCellValue());
            assertEquals("Ina Bo'i", row.getCell(4).getStringCellValue());
            assertEquals("Ma\u2019soumeh Şahin", row.getCell(5).getStringCellValue());
            for (int i = 0; i < 6; i++) {
                assertEquals(CellType.STRING, row.getCell(i).getCellType(), "no cell is a formula");
            }
            assertEquals(171.0, row.getCell(6).getNumericCellValue());
            assertTrue(DateUtil.isCellDateFormatted(row.getCell(7)));
            assertEquals(LocalDate.of(2024, 9, 11), row.getCell(7).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(null, row.getCell(8));
        }
    }

    @Test
    void aCsvIsUtf8WithAByteOrderMarkAndFormulasNeutralised() throws IOException {
        byte[] csv = write(SheetFormat.CSV);
        assertEquals((byte) 0xEF, csv[0], "Excel reads the diacritics right with a byte order mark");

        List<CSVRecord> records = CSVFormat.RFC4180.parse(new InputStreamReader(new ByteArrayInputStream(csv, 3, csv.length - 3),
                StandardCharsets.UTF_8)).getRecords();

        CSVRecord row = records.get(1);
        assertEquals("'=HYPERLINK(\"http://evil.example\",\"klik\")", row.get(0));
        assertEquals("'+62 812", row.get(1));
        assertEquals("'@SUM(A1:A2)", row.get(3));
        assertEquals("Ma\u2019soumeh Şahin", row.get(5));
        assertEquals("171", row.get(6));
        assertEquals("2024-09-11", row.get(7));
        assertEquals("", row.get(8));
    }

    @Test
    void onlyXlsxAndCsvAreFormats() {
        assertEquals(SheetFormat.XLSX, SheetFormat.parse(null));
        assertEquals(SheetFormat.CSV, SheetFormat.parse(" CSV "));
        assertEquals("format", assertThrows(InvalidFieldException.class, () -> SheetFormat.parse("xls")).field());
    }
}
