package org.directivegraph.publish;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.directivegraph.store.GraphNames;
import org.directivegraph.store.GraphStore;
import org.directivegraph.vocab.DG;

/**
 * The VoID and DCAT description of the dataset, computed from the store: the number of quads, one subset per named
 * graph with its triple count, the number of documents, plans and ingested documents, the SPARQL endpoint, the
 * dump as a DCAT distribution, the vocabularies used, and the licence.
 */
public final class DatasetDescription {

    /** The dataset's IRI. */
    public static final String DATASET = GraphNames.BASE + "dataset";
    /** VoID namespace. */
    public static final String VOID = "http://rdfs.org/ns/void#";
    /** DCAT namespace. */
    public static final String DCAT = "http://www.w3.org/ns/dcat#";
    /** Path of the dump. */
    public static final String DUMP_PATH = "/download/directivegraph.nq.gz";

    private static final Query GRAPH_SIZES = QueryFactory.create(
            "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g");
    private static final Query COUNT_TYPED = QueryFactory.create(
            "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a ?type }");

    private final GraphStore store;

    /** Descriptions of this store. */
    public DatasetDescription(GraphStore store) {
        this.store = store;
    }

    /** The number of triples in each named graph, by graph name. */
    public Map<String, Long> graphSizes() {
        return store.query(GRAPH_SIZES, Map.of(), qe -> {
            Map<String, Long> sizes = new LinkedHashMap<>();
            qe.select().forEachRemaining(b -> sizes.put(b.get("g").getURI(), ((Number) b.get("n").getLiteralValue()).longValue()));
            return sizes;
        });
    }

    /** The number of distinct resources typed {@code type}. */
    public long countOf(Node type) {
        return store.query(COUNT_TYPED, Map.of("type", type),
                qe -> ((Number) qe.select().next().get("n").getLiteralValue()).longValue());
    }

    /** The description; {@code publicUrl} is where this server is reached (no trailing slash). */
    public Graph describe(String publicUrl) {
        Graph g = GraphFactory.createDefaultGraph();
        Node ds = NodeFactory.createURI(DATASET);
        add(g, ds, RDF.type.asNode(), uri(VOID + "Dataset"));
        add(g, ds, RDF.type.asNode(), uri(DCAT + "Dataset"));
        add(g, ds, DCTerms.title.asNode(), NodeFactory.createLiteralLang("DirectiveGraph: chỉ thị và kế hoạch của chính quyền Việt Nam", "vi"));
        add(g, ds, DCTerms.title.asNode(), NodeFactory.createLiteralLang("DirectiveGraph: Vietnamese government directives and plans", "en"));
        add(g, ds, DCTerms.license.asNode(), uri("https://creativecommons.org/licenses/by/4.0/"));
        add(g, ds, RDFS.comment.asNode(), NodeFactory.createLiteralLang("The ontology, vocabularies and extracted data are "
                + "published under CC BY 4.0; the source texts are official documents of Vietnamese authorities, which are "
                + "not subject to copyright (Law on Intellectual Property, art. 15).", "en"));
        Map<String, Long> sizes = graphSizes();
        long quads = sizes.values().stream().mapToLong(Long::longValue).sum();
        add(g, ds, uri(VOID + "triples"), integer(quads));
        add(g, ds, uri(VOID + "uriSpace"), NodeFactory.createLiteralString(GraphNames.BASE + "id/"));
        add(g, ds, uri(VOID + "sparqlEndpoint"), uri(publicUrl + "/sparql"));
        add(g, ds, uri(VOID + "dataDump"), uri(publicUrl + DUMP_PATH));
        add(g, ds, uri(VOID + "vocabulary"), uri(DG.ONTOLOGY));
        add(g, ds, uri(VOID + "rootResource"), uri(DATASET));
        for (Node type : List.of(DG.Document.asNode(), DG.Plan.asNode(), DG.Task.asNode(), DG.Body.asNode(),
                DG.AdministrativeUnit.asNode())) {
            Node partition = uri(DATASET + "/class/" + type.getLocalName());
            add(g, ds, uri(VOID + "classPartition"), partition);
            add(g, partition, uri(VOID + "class"), type);
            add(g, partition, uri(VOID + "entities"), integer(countOf(type)));
        }
        sizes.forEach((name, n) -> {
            Node subset = uri(name);
            add(g, ds, uri(VOID + "subset"), subset);
            add(g, subset, RDF.type.asNode(), uri(VOID + "Dataset"));
            add(g, subset, uri(VOID + "triples"), integer(n));
        });
        Node dump = uri(DATASET + "/dump");
        add(g, ds, uri(DCAT + "distribution"), dump);
        add(g, dump, RDF.type.asNode(), uri(DCAT + "Distribution"));
        add(g, dump, uri(DCAT + "downloadURL"), uri(publicUrl + DUMP_PATH));
        add(g, dump, uri(DCAT + "mediaType"), uri("https://www.iana.org/assignments/media-types/application/n-quads"));
        add(g, dump, uri(DCAT + "compressFormat"), uri("https://www.iana.org/assignments/media-types/application/gzip"));
        Node sparql = uri(DATASET + "/sparql");
        add(g, ds, uri(DCAT + "distribution"), sparql);
        add(g, sparql, RDF.type.asNode(), uri(DCAT + "Distribution"));
        add(g, sparql, uri(DCAT + "accessURL"), uri(publicUrl + "/sparql"));
        return g;
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(s, p, o);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
