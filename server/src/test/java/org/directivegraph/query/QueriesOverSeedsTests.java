package org.directivegraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.query.ResultSetFormatter;
import org.directivegraph.store.GraphNames;
import org.directivegraph.store.KnowledgeStore;
import org.directivegraph.store.ReferenceData;
import org.directivegraph.store.SeedPlans;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each saved query returns exactly the expected rows over the reference data and the five seed plans. The
 * cases are the files of {@code queries/tests/}: a comment saying what is checked, the query, its
 * parameters and the expected rows as CSV (IRIs without the {@code https://w3id.org/directivegraph/} base).
 */
class QueriesOverSeedsTests {

    static KnowledgeStore store;

    @BeforeAll
    static void load() {
        store = KnowledgeStore.inMemory();
        ReferenceData.ensureLoaded(store);
        SeedPlans.load(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    record Case(String file, String query, Map<String, String> params, List<String> rows) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("../queries/tests"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String query = null;
                Map<String, String> params = new LinkedHashMap<>();
                List<String> rows = new ArrayList<>();
                boolean inRows = false;
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    if (inRows) {
                        if (!line.isBlank()) {
                            rows.add(line);
                        }
                    } else if (line.startsWith("query:")) {
                        query = line.substring(6).strip();
                    } else if (line.startsWith("param:")) {
                        String[] kv = line.substring(6).strip().split("=", 2);
                        params.put(kv[0], kv[1]);
                    } else if (line.startsWith("rows:")) {
                        inRows = true;
                    }
                }
                cases.add(new Case(f.getFileName().toString(), query, params, rows));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void queryReturnsExactlyTheExpectedRows(Case c) {
        SavedQuery query = SavedQueries.packaged().find(c.query()).orElseThrow(() -> new AssertionError("no query " + c.query()));
        var rows = new QueryRunner(store).select(query, c.params());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultSetFormatter.outputAsCSV(out, rows);
        List<String> actual = out.toString(StandardCharsets.UTF_8).replace(GraphNames.BASE, "").lines().toList();
        assertThat(actual).containsExactlyElementsOf(c.rows());
    }
}
