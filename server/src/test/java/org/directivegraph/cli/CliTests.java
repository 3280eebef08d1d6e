package org.directivegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's commands work end to end on a real TDB2 store in a fresh folder. */
class CliTests {

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Cli.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void loadThenQueryThenValidate(@TempDir Path dir) {
        String store = dir.resolve("store").toString();
        Run load = run("load", "--store", store);
        assertThat(load.code()).isZero();
        assertThat(load.out()).contains("Reference data loaded", "000_10e9ab392167727b.ttl", "12 graphs");

        Run again = run("load", "--store", store);
        assertThat(again.out()).contains("Reference data already up to date");

        Run query = run("query", "trace-down", "--store", store, "--format", "csv",
                "--param", "directive=https://w3id.org/directivegraph/id/doc/VN/ttg/2021/ct-33");
        assertThat(query.code()).isZero();
        assertThat(query.out().lines()).hasSize(6).first().isEqualTo("document,level,unit,implements");

        Run validate = run("validate", "--store", store, "--lang", "en");
        assertThat(validate.code()).isZero();
        assertThat(validate.out()).contains("5 documents, 19 findings, 0 violations", "no longer in force");
    }

    @Test
    void badInputGetsAClearMessage(@TempDir Path dir) {
        String store = dir.resolve("store").toString();
        Run unknown = run("query", "no-such-query", "--store", store);
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("No saved query named 'no-such-query'");

        Run missing = run("query", "gaps", "--store", store, "--param", "directive=https://w3id.org/directivegraph/id/doc/VN/ttg/2021/ct-33");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("needs parameter 'area'");
    }

    @Test
    void extractPrintsTheGraphAndTheSummary(@TempDir Path dir) throws Exception {
        Run ttl = run("extract", "../data/seeds/001_09e8b167c0733129.txt");
        assertThat(ttl.code()).isZero();
        var model = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        org.apache.jena.riot.RDFParser.fromString(ttl.out(), org.apache.jena.riot.Lang.TURTLE).parse(model);
        assertThat(model.contains(model.createResource("https://w3id.org/directivegraph/id/doc/11429/ubnd/2024/kh-10"),
                org.directivegraph.vocab.DG.implements_, model.createResource("https://w3id.org/directivegraph/id/doc/VN/ttg/2021/ct-33"))).isTrue();

        Run jsonld = run("extract", "--format", "jsonld", "--out", dir.toString(), "../data/seeds/000_10e9ab392167727b.txt");
        assertThat(jsonld.code()).isZero();
        var fromJson = org.apache.jena.riot.RDFDataMgr.loadModel(dir.resolve("000_10e9ab392167727b.jsonld").toString());
        assertThat(fromJson.size()).isGreaterThan(400);

        Run summary = run("extract", "--summary", "../data/seeds/003_5e30993f3c594bd5.txt");
        assertThat(summary.out()).contains("\"admin_level\" : \"district\"", "\"responsible_bodies\"", "Phòng Nội vụ");

        java.nio.file.Files.writeString(dir.resolve("empty.txt"), "");
        Run empty = run("extract", "--summary", dir.resolve("empty.txt").toString());
        assertThat(empty.code()).isEqualTo(2);
        assertThat(empty.err()).contains("empty.txt is empty");
    }

    @Test
    void helpListsTheCommands() {
        Run help = run("--help");
        assertThat(help.out()).contains("load", "dump", "--remote", "query", "queries", "validate", "extract", "ingest", "generate-units");
    }
}
