package org.directivegraph.store;

/**
 * Names of the named graphs that hold reference data. Each ingested document has its own graph,
 * {@code {document IRI}/graph}; the default graph of queries is the union of all named graphs.
 */
public final class GraphNames {

    /** Base of every IRI DirectiveGraph mints. */
    public static final String BASE = "https://w3id.org/directivegraph/";

    /** The ontology. */
    public static final String ONTOLOGY = BASE + "graph/ontology";
    /** The SKOS vocabularies (code lists). */
    public static final String VOCABULARIES = BASE + "graph/vocab";
    /** The SHACL shapes. */
    public static final String SHAPES = BASE + "graph/shapes";
    /** Administrative units. */
    public static final String UNITS = BASE + "graph/units";
    /** Bodies. */
    public static final String BODIES = BASE + "graph/bodies";
    /** Reference descriptions of documents (Central directives, cited documents). */
    public static final String DOCUMENTS = BASE + "graph/documents";
    /** Bookkeeping: which version of the packaged reference data is loaded. */
    public static final String META = BASE + "graph/meta";

    private GraphNames() {
    }

    /** The named graph of an ingested document. */
    public static String ofDocument(String documentIri) {
        return documentIri + "/graph";
    }

    /** Whether a graph name is one of the reference graphs (loaded from packaged data, not ingested). */
    public static boolean isReference(String graphName) {
        return graphName.startsWith(BASE + "graph/");
    }
}
