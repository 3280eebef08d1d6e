package org.directivegraph.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.directivegraph.store.GraphStore;

/**
 * Runs SELECT queries over a {@link GraphStore} with values bound as RDF terms (never pasted into the
 * text) and copies the rows out of the store's transaction as plain maps.
 */
public final class Rows {

    /** The prefixes every query of the search and report packages uses. */
    public static final String PREFIXES = """
            PREFIX dg:   <https://w3id.org/directivegraph/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX crole: <https://w3id.org/directivegraph/vocab/citation-role/>
            """;

    private Rows() {
    }

    /** The rows of a query (text without prefixes) with {@code bindings} substituted for its variables. */
    public static List<Map<String, Node>> select(GraphStore store, String queryText, Map<String, Node> bindings) {
        return select(store, QueryFactory.create(PREFIXES + queryText), bindings);
    }

    /** The rows of a parsed query with {@code bindings} substituted for its variables. */
    public static List<Map<String, Node>> select(GraphStore store, Query query, Map<String, Node> bindings) {
        return store.query(query, bindings, qe -> {
            List<Map<String, Node>> rows = new ArrayList<>();
            qe.select().forEachRemaining(b -> {
                Map<String, Node> row = new HashMap<>();
                b.vars().forEachRemaining(v -> row.put(v.getVarName(), b.get(v)));
                rows.add(row);
            });
            return rows;
        });
    }

    /**
     * The query with a VALUES block giving {@code variable} each of {@code values}, placed first in its
     * WHERE clause so that the rest is evaluated for those values only.
     */
    public static Query withValues(String queryText, String variable, Collection<Node> values) {
        Query query = QueryFactory.create(PREFIXES + queryText);
        Var var = Var.alloc(variable);
        ElementData data = new ElementData();
        data.add(var);
        values.forEach(v -> data.add(BindingFactory.binding(var, v)));
        Element where = query.getQueryPattern();
        ElementGroup group = new ElementGroup();
        group.addElement(data);
        if (where instanceof ElementGroup g) {
            g.getElements().forEach(group::addElement);
        } else {
            group.addElement(where);
        }
        query.setQueryPattern(group);
        return query;
    }

    /** The lexical form of a literal, the IRI of a resource, or {@code null}. */
    public static String str(Map<String, Node> row, String variable) {
        Node n = row.get(variable);
        if (n == null) {
            return null;
        }
        if (n.isLiteral()) {
            return n.getLiteralLexicalForm();
        }
        return n.isURI() ? n.getURI() : n.toString();
    }
}
