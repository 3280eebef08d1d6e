package org.directivegraph.concurrency;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.directivegraph.store.GraphNames;
import org.directivegraph.vocab.DG;

/**
 * The documents of a concurrency run and what each version of each looks like once stored, as the application's
 * own ingester stores it, validation record included: each version is ingested once before the run (the answer is
 * the graph as stored, in Turtle) and deleted again. After the run, {@link #replay} applies the run's writes again, one after another, to the same
 * application, to build the sequential store the concurrent one is compared with.
 */
final class TestDocuments {

    /** The directive every version implements, whose themes are the coverage columns. */
    static final String CT_33 = GraphNames.BASE + "id/doc/VN/ttg/2021/ct-33";

    private final Http http;
    private final Map<Integer, Map<Version, Expected>> byNumber = new LinkedHashMap<>();
    private final Map<String, Integer> numberOfIri = new LinkedHashMap<>();
    private final Set<String> directiveThemes = new TreeSet<>();

    /** The documents numbered {@code numbers}, each in both versions, checked by the application at {@code http}. */
    TestDocuments(Http http, List<Integer> numbers) throws IOException {
        this.http = http;
        for (int number : numbers) {
            Map<Version, Expected> versions = new EnumMap<>(Version.class);
            for (Version v : Version.values()) {
                Http.Answer a = http.storeAndShow("kh-" + number + ".txt", v.text(number));
                if (a.status() / 100 != 2) {
                    throw new IllegalStateException("version " + v + " of " + number + " was not checked: " + a.status() + " " + a.body());
                }
                Graph graph = GraphFactory.createDefaultGraph();
                RDFParser.fromString(a.body(), Lang.TURTLE).parse(graph);
                List<Node> plans = graph.find(Node.ANY, DG.task.asNode(), Node.ANY).mapWith(Triple::getSubject).toSet().stream().toList();
                if (plans.size() != 1) {
                    throw new IllegalStateException("version " + v + " of " + number + " has tasks of " + plans);
                }
                versions.put(v, Expected.of(v, plans.get(0).getURI(), graph));
            }
            String iri = versions.get(Version.A).documentIri();
            if (!iri.equals(versions.get(Version.B).documentIri())) {
                throw new IllegalStateException("the two versions of " + number + " are different documents");
            }
            Http.Answer deleted = http.delete(iri);
            if (deleted.status() / 100 != 2) {
                throw new IllegalStateException(number + " was not deleted after its versions were seen: " + deleted.status());
            }
            byNumber.put(number, versions);
            numberOfIri.put(iri, number);
        }
        Http.Answer themes = http.sparql("SELECT ?t WHERE { <" + CT_33 + "> <" + DG.theme.getURI() + "> ?t }");
        Matcher m = Pattern.compile("\"value\"\\s*:\\s*\"([^\"]+)\"").matcher(themes.body());
        while (m.find()) {
            directiveThemes.add(m.group(1));
        }
        if (directiveThemes.isEmpty()) {
            throw new IllegalStateException(CT_33 + " has no themes: " + themes.body());
        }
    }

    /** The numbers of the documents. */
    List<Integer> numbers() {
        return List.copyOf(byNumber.keySet());
    }

    /** The IRIs of the documents. */
    List<String> iris() {
        return List.copyOf(numberOfIri.keySet());
    }

    /** A version of a document. */
    Expected expected(int number, Version v) {
        return byNumber.get(number).get(v);
    }

    /** Both versions of the document {@code iri}. */
    Map<Version, Expected> versionsOf(String iri) {
        return byNumber.get(numberOfIri.get(iri));
    }

    /** The IRI of a document. */
    String iri(int number) {
        return expected(number, Version.A).documentIri();
    }

    /** The themes of Chỉ thị 33/CT-TTg that a version's tasks cover (its row of the coverage matrix). */
    Set<String> coveredThemes(Expected e) {
        Set<String> covered = new TreeSet<>();
        Graph g = e.graph();
        for (String task : e.tasks()) {
            g.find(NodeFactory.createURI(task), DG.theme.asNode(), Node.ANY).forEachRemaining(t -> {
                if (directiveThemes.contains(t.getObject().getURI())) {
                    covered.add(t.getObject().getURI());
                }
            });
        }
        return covered;
    }

    /**
     * Removes every document of the run, then applies the writes one after another, in their order, through the
     * same requests as the writers.
     */
    void replay(List<Write> writes) throws IOException {
        for (String iri : iris()) {
            Http.Answer a = http.delete(iri);
            if (a.status() != 200 && a.status() != 404) {
                throw new IllegalStateException("could not delete " + iri + " before the replay: " + a.status() + " " + a.body());
            }
        }
        for (Write w : writes) {
            Http.Answer a = w.version() == null ? http.delete(iri(w.number()))
                    : http.ingest("kh-" + w.number() + ".txt", w.version().text(w.number()));
            if (a.status() / 100 != 2) {
                throw new IllegalStateException("the replay of " + w + " failed: " + a.status() + " " + a.body());
            }
        }
    }

}
