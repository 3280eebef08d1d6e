package org.directivegraph.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a {@link Table} as CSV or as an Excel workbook (.xlsx).
 *
 * <p>CSV follows RFC 4180 (comma separated, CRLF line ends, fields with a comma, quote or line break quoted,
 * quotes doubled), in UTF-8 with a byte order mark so that Excel reads Vietnamese correctly. In both formats
 * a cell starting with {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return gets a leading
 * {@code '} so that a spreadsheet never runs document text as a formula.
 */
public final class Exports {

    /** The media type of CSV files. */
    public static final String CSV_TYPE = "text/csv; charset=UTF-8";
    /** The media type of .xlsx files. */
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final int MAX_WIDTH_CHARS = 60;

    private Exports() {
    }

    /** The table as CSV bytes (UTF-8 with BOM). */
    public static byte[] csv(Table table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        csv(table, out);
        return out.toByteArray();
    }

    /** Writes the table as CSV (UTF-8 with BOM) to {@code out}; does not close it. */
    public static void csv(Table table, OutputStream out) {
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write('\uFEFF');
            line(w, table.header());
            for (List<String> row : table.rows()) {
                line(w, row);
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(csvField(cells.get(i)));
        }
        w.write("\r\n");
    }

    /** One CSV field: guarded against formulas, quoted when needed. */
    static String csvField(String cell) {
        String value = guard(cell);
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    /** The cell with a leading {@code '} if a spreadsheet could take it for a formula. */
    public static String guard(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
    }

    /** The table as .xlsx bytes. */
    public static byte[] xlsx(Table table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        xlsx(table, out);
        return out.toByteArray();
    }

    /**
     * Writes the table as an .xlsx workbook of one sheet to {@code out} (not closed): header row bold and
     * frozen, every cell a text cell, columns as wide as their content (up to 60 characters).
     */
    public static void xlsx(Table table, OutputStream out) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.title().isBlank() ? "Report" : table.title()));
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            int[] widths = new int[table.header().size()];
            Row header = sheet.createRow(0);
            for (int c = 0; c < table.header().size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(table.header().get(c));
                cell.setCellStyle(headerStyle);
                widths[c] = table.header().get(c).length();
            }
            for (int r = 0; r < table.rows().size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> cells = table.rows().get(r);
                for (int c = 0; c < cells.size(); c++) {
                    String value = guard(cells.get(c));
                    row.createCell(c).setCellValue(value.length() > 32_000 ? value.substring(0, 32_000) : value);
                    widths[c] = Math.max(widths[c], value.length());
                }
            }
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, (Math.min(MAX_WIDTH_CHARS, Math.max(8, widths[c])) + 2) * 256);
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
