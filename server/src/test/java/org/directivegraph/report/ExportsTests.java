package org.directivegraph.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** CSV and xlsx exports: escaping, formula-injection guard, and reading back what was written. */
class ExportsTests {

    static final Table TABLE = new Table("Báo cáo", List.of("tên", "ghi chú"), List.of(
            List.of("Xã Thái Học", "a, b"),
            List.of("say \"hi\"", "line one\nline two"),
            List.of("=HYPERLINK(\"http://evil\")", "+1"),
            List.of("-2", "@SUM(A1)"),
            List.of("Đảng ủy", "")));

    @Test
    void csvIsRfc4180WithBomAndGuardsFormulas() throws IOException {
        byte[] bytes = Exports.csv(TABLE);
        assertThat(bytes[0] & 0xFF).isEqualTo(0xEF);
        assertThat(bytes[1] & 0xFF).isEqualTo(0xBB);
        assertThat(bytes[2] & 0xFF).isEqualTo(0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(text).startsWith("tên,ghi chú\r\n");
        assertThat(text).contains("Xã Thái Học,\"a, b\"\r\n");
        assertThat(text).contains("\"say \"\"hi\"\"\",\"line one\nline two\"\r\n");
        assertThat(text).contains("\"'=HYPERLINK(\"\"http://evil\"\")\",'+1\r\n");
        assertThat(text).contains("'-2,'@SUM(A1)\r\n");
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
        assertThat(records).hasSize(TABLE.rows().size() + 1);
        for (int r = 0; r < TABLE.rows().size(); r++) {
            for (int c = 0; c < 2; c++) {
                assertThat(records.get(r + 1).get(c)).isEqualTo(Exports.guard(TABLE.rows().get(r).get(c)));
            }
        }
        assertThat(Exports.guard("Xã")).isEqualTo("Xã");
        assertThat(Exports.guard("=1+1")).isEqualTo("'=1+1");
    }

    @Test
    void xlsxReadsBackWithTheSameCells() throws IOException {
        byte[] bytes = Exports.xlsx(TABLE);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Báo cáo");
            List<List<String>> cells = new ArrayList<>();
            for (Row row : sheet) {
                List<String> values = new ArrayList<>();
                for (int c = 0; c < 2; c++) {
                    values.add(row.getCell(c) == null ? "" : row.getCell(c).getStringCellValue());
                }
                cells.add(values);
            }
            assertThat(cells.get(0)).isEqualTo(TABLE.header());
            for (int r = 0; r < TABLE.rows().size(); r++) {
                assertThat(cells.get(r + 1)).isEqualTo(TABLE.rows().get(r).stream().map(Exports::guard).toList());
            }
            assertThat(wb.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            // columns as wide as their longest cell (plus 2 characters)
            int longest = TABLE.rows().stream().mapToInt(r -> Exports.guard(r.get(0)).length()).max().orElseThrow();
            assertThat(sheet.getColumnWidth(0)).isEqualTo((longest + 2) * 256);
            assertThat(sheet.getRow(3).getCell(0).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
        }
    }

    @Test
    void aReportExports() throws IOException {
        Table trace = new TraceTree(ReportStore.get()).trace(ReportStore.seed("/10981/")).table();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(Exports.xlsx(trace)))) {
            assertThat(wb.getSheetAt(0).getPhysicalNumberOfRows()).isEqualTo(trace.rows().size() + 1);
        }
        String csv = new String(Exports.csv(trace), StandardCharsets.UTF_8);
        assertThat(CSVFormat.RFC4180.parse(new StringReader(csv.substring(1))).getRecords()).hasSize(trace.rows().size() + 1);
    }
}
