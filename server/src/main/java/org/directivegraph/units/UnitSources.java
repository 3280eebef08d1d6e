package org.directivegraph.units;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The three CSVs of {@code data/sources/} that describe administrative units, read as they are (names are
 * kept as written; {@link UnitNames#clean} is applied later, so that the report can count the clean-ups).
 * A missing column or a bad date fails with the file and line.
 */
public record UnitSources(List<ListedRow> listed, List<NewUnitRow> twoTier, List<PredecessorRow> predecessors) {

    /** The three-tier list of 2021–2025. */
    public static final String LISTED_FILE = "admin-units-2021-2025.csv";
    /** The two-tier structure from 1 July 2025. */
    public static final String TWO_TIER_FILE = "admin-units-2025-07.csv";
    /** What each unit of the two-tier structure was formed from. */
    public static final String PREDECESSORS_FILE = "admin-units-2025-07-predecessors.csv";

    /** One row of the 2021–2025 list: one code with one name, type and parent over the snapshots it appears in. */
    public record ListedRow(long line, String code, String name, String type, String parentCode, String level,
            LocalDate firstListed, LocalDate lastListed) {
    }

    /** One unit of the two-tier structure of 1 July 2025. */
    public record NewUnitRow(long line, String code, String name, String parentCode, String level) {
    }

    /** One row of the predecessors file: new unit, old unit (of the 2025-03-01 list), merge type. */
    public record PredecessorRow(long line, String newCode, String newName, String oldCode, String oldName,
            String mergeType) {
    }

    /** Reads the three files from {@code folder}. */
    public static UnitSources read(Path folder) {
        return new UnitSources(
                readFile(folder.resolve(LISTED_FILE), r -> new ListedRow(r.getRecordNumber() + 1,
                        get(r, "code"), r.get("name"), get(r, "type"), get(r, "parent_code"), get(r, "level"),
                        date(r, "first_listed"), date(r, "last_listed"))),
                readFile(folder.resolve(TWO_TIER_FILE), r -> new NewUnitRow(r.getRecordNumber() + 1,
                        get(r, "code"), r.get("name"), get(r, "parent_code"), get(r, "level"))),
                readFile(folder.resolve(PREDECESSORS_FILE), r -> new PredecessorRow(r.getRecordNumber() + 1,
                        get(r, "new_code"), r.get("new_name"), get(r, "old_code"), r.get("old_name"),
                        get(r, "merge_type"))));
    }

    private static <T> List<T> readFile(Path file, Function<CSVRecord, T> row) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        List<T> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(skipBom(in), format)) {
            for (CSVRecord r : parser) {
                try {
                    rows.add(row.apply(r));
                } catch (IllegalArgumentException | IllegalStateException | DateTimeParseException e) {
                    throw new IllegalArgumentException(file.getFileName() + " line " + (r.getRecordNumber() + 1)
                            + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return rows;
    }

    private static Reader skipBom(Reader in) throws IOException {
        in.mark(1);
        if (in.read() != '\uFEFF') {
            in.reset();
        }
        return in;
    }

    private static String get(CSVRecord r, String column) {
        String v = r.get(column).trim();
        if (v.isEmpty()) {
            throw new IllegalArgumentException("empty " + column);
        }
        return v;
    }

    private static LocalDate date(CSVRecord r, String column) {
        return LocalDate.parse(get(r, column));
    }
}
