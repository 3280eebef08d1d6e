package org.directivegraph.report;

import java.util.List;
import java.util.Objects;

/**
 * A report as a plain table: what {@link Exports} writes to CSV and .xlsx, and what a page can render.
 *
 * @param title  a short name, used as the sheet name and for file names
 * @param header the column names
 * @param rows   the rows, each as many cells as the header ({@code null} cells become empty strings)
 */
public record Table(String title, List<String> header, List<List<String>> rows) {

    public Table {
        Objects.requireNonNull(title, "title");
        header = List.copyOf(header);
        rows = rows.stream().map(r -> r.stream().map(c -> c == null ? "" : c).toList()).toList();
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("row " + row + " has " + row.size() + " cells, header " + header.size());
            }
        }
    }
}
