package org.directivegraph.browser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads exported files back as rows of cell texts, header first, so that a test can compare them. */
final class ExportFiles {

    private ExportFiles() {
    }

    /** The records of a CSV file (UTF-8, with or without a byte order mark). */
    static List<List<String>> csv(byte[] content) throws IOException {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> rows = new ArrayList<>();
        for (CSVRecord record : CSVFormat.RFC4180.parse(new StringReader(text))) {
            rows.add(record.toList());
        }
        return rows;
    }

    /** The rows of the first sheet of an .xlsx workbook, as formatted text, as wide as its first row. */
    static List<List<String>> xlsx(byte[] content) throws IOException {
        DataFormatter format = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = new ByteArrayInputStream(content); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            int width = sheet.getRow(sheet.getFirstRowNum()).getLastCellNum();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < width; c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : format.formatCellValue(cell));
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
