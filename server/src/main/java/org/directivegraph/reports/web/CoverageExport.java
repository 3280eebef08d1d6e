package org.directivegraph.reports.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.directivegraph.report.CoverageMatrix;
import org.directivegraph.report.Exports;
import org.directivegraph.report.Table;

/**
 * The coverage matrix as files: CSV with the matrix, then (with an area) a blank line and the gaps as a second
 * section; .xlsx with the matrix as one sheet and the gaps as a sheet "Gaps".
 */
public final class CoverageExport {

    private CoverageExport() {
    }

    /** The CSV: the matrix, and the gaps after a blank line when there is an area. */
    public static byte[] csv(CoverageMatrix.Result m) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exports.csv(m.table(), out);
        if (m.area() != null) {
            byte[] gaps = Exports.csv(m.gapsTable());
            out.writeBytes("\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.write(gaps, 3, gaps.length - 3); // without the second byte order mark
        }
        return out.toByteArray();
    }

    /** The workbook: the matrix (as {@link Exports#xlsx} writes it) and, with an area, a sheet of gaps. */
    public static byte[] xlsx(CoverageMatrix.Result m) {
        byte[] matrix = Exports.xlsx(m.table());
        if (m.area() == null) {
            return matrix;
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(matrix))) {
            Table gaps = m.gapsTable();
            Sheet sheet = wb.createSheet(gaps.title());
            write(sheet.createRow(0), gaps.header().toArray(String[]::new));
            for (int r = 0; r < gaps.rows().size(); r++) {
                write(sheet.createRow(r + 1), gaps.rows().get(r).toArray(String[]::new));
            }
            for (int c = 0; c < gaps.header().size(); c++) {
                sheet.setColumnWidth(c, 40 * 256);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, String[] cells) {
        for (int c = 0; c < cells.length; c++) {
            row.createCell(c).setCellValue(Exports.guard(cells[c]));
        }
    }
}
