package org.directivegraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.query.ResultSetFormatter;
import org.directivegraph.store.GraphNames;
import org.directivegraph.store.KnowledgeStore;
import org.directivegraph.validate.RecordedSeeds;
import org.directivegraph.vocab.DG;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The validation record a stored document carries changes no saved query: every case of {@code queries/tests/}
 * gives exactly its expected rows over the seeds when each seed graph also holds its record.
 */
class QueriesOverRecordedSeedsTests {

    static KnowledgeStore store;

    @BeforeAll
    static void load() {
        store = RecordedSeeds.store();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void theSeedsCarryTheirRecords() {
        long records = store.query(org.apache.jena.query.QueryFactory.create(
                "SELECT ?d { ?d <" + DG.validationRecord.getURI() + "> ?r }"), java.util.Map.of(), qe -> qe.select().stream().count());
        assertThat(records).isEqualTo(5);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.directivegraph.query.QueriesOverSeedsTests#cases")
    void queryReturnsExactlyTheExpectedRows(QueriesOverSeedsTests.Case c) {
        SavedQuery query = SavedQueries.packaged().find(c.query()).orElseThrow(() -> new AssertionError("no query " + c.query()));
        var rows = new QueryRunner(store).select(query, c.params());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultSetFormatter.outputAsCSV(out, rows);
        List<String> actual = out.toString(StandardCharsets.UTF_8).replace(GraphNames.BASE, "").lines().toList();
        assertThat(actual).containsExactlyElementsOf(c.rows());
    }
}
