package org.directivegraph.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.directivegraph.report.Exports;
import org.directivegraph.report.Table;
import org.junit.jupiter.api.Test;

/** The readers the browser tests use for downloads give back the cells that {@link Exports} wrote. */
class ExportFilesTests {

    static final Table TABLE = new Table("Bao phủ", List.of("plan", "title", "total"), List.of(
            List.of("https://w3id.org/directivegraph/id/doc/x", "Kế hoạch, \"dân vận\"\r\nnăm 2024", "3"),
            List.of("=1+1", "", "0")));

    static final List<List<String>> EXPECTED = List.of(List.of("plan", "title", "total"),
            List.of("https://w3id.org/directivegraph/id/doc/x", "Kế hoạch, \"dân vận\"\r\nnăm 2024", "3"),
            List.of("'=1+1", "", "0"));

    @Test
    void csvReadsBackTheCells() throws Exception {
        assertThat(ExportFiles.csv(Exports.csv(TABLE))).isEqualTo(EXPECTED);
    }

    @Test
    void xlsxReadsBackTheSameCellsAsCsv() throws Exception {
        assertThat(ExportFiles.xlsx(Exports.xlsx(TABLE))).isEqualTo(EXPECTED);
    }
}
