package org.directivegraph.sparql;

import java.util.LinkedHashMap;
import java.util.Map;

/** The project's namespace prefixes, offered to analysts in the editor and used when writing graphs. */
public final class Prefixes {

    /** Prefix to namespace, in the order shown. */
    public static final Map<String, String> ALL = all();

    private Prefixes() {
    }

    private static Map<String, String> all() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("dg", "https://w3id.org/directivegraph/ontology#");
        m.put("dgsh", "https://w3id.org/directivegraph/shapes#");
        m.put("eli", "http://data.europa.eu/eli/ontology#");
        m.put("org", "http://www.w3.org/ns/org#");
        m.put("skos", "http://www.w3.org/2004/02/skos/core#");
        m.put("prov", "http://www.w3.org/ns/prov#");
        m.put("dcterms", "http://purl.org/dc/terms/");
        m.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        m.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        m.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        m.put("owl", "http://www.w3.org/2002/07/owl#");
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The PREFIX lines of a query. */
    public static String sparqlHeader() {
        StringBuilder sb = new StringBuilder();
        ALL.forEach((p, ns) -> sb.append("PREFIX ").append(p).append(": <").append(ns).append(">\n"));
        return sb.toString();
    }
}
