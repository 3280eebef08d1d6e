package org.directivegraph.query;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.apache.jena.irix.IRIException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.ModelFactory;
import org.directivegraph.store.GraphStore;
import org.apache.jena.query.ResultSet;

/**
 * Runs a saved query over a store with its parameters bound as RDF terms (never pasted into the text), so
 * that a parameter value cannot change the query. Raw values are checked against the declared types.
 */
public final class QueryRunner {

    private final GraphStore store;

    /** A runner over this store. */
    public QueryRunner(GraphStore store) {
        this.store = store;
    }

    /** Turns raw parameter values (from a command line or a request) into typed RDF terms, or says what is wrong. */
    public static Map<String, Node> bind(SavedQuery query, Map<String, String> raw) {
        Map<String, Node> bound = new HashMap<>();
        for (String name : raw.keySet()) {
            if (query.parameter(name).isEmpty()) {
                throw new IllegalArgumentException("query " + query.name() + " has no parameter '" + name
                        + "'; its parameters are " + query.parameters().stream().map(SavedQuery.Parameter::name).toList());
            }
        }
        for (SavedQuery.Parameter p : query.parameters()) {
            String value = raw.get(p.name());
            if (value == null || value.isBlank()) {
                if (p.required()) {
                    throw new IllegalArgumentException("query " + query.name() + " needs parameter '" + p.name()
                            + "' (" + p.type().name().toLowerCase() + "): " + p.description());
                }
                continue;
            }
            bound.put(p.name(), term(p, value.strip()));
        }
        return bound;
    }

    private static Node term(SavedQuery.Parameter p, String value) {
        switch (p.type()) {
            case IRI -> {
                try {
                    IRIs.checkEx(value);
                } catch (IRIException e) {
                    throw new IllegalArgumentException("parameter '" + p.name() + "' must be an absolute IRI: " + e.getMessage());
                }
                if (!value.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
                    throw new IllegalArgumentException("parameter '" + p.name() + "' must be an absolute IRI, got a relative one");
                }
                return NodeFactory.createURI(value);
            }
            case DATE -> {
                try {
                    return NodeFactory.createLiteralDT(LocalDate.parse(value).toString(), XSDDatatype.XSDdate);
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("parameter '" + p.name() + "' must be a date YYYY-MM-DD, got '" + value + "'");
                }
            }
            case INTEGER -> {
                try {
                    return NodeFactory.createLiteralDT(Long.toString(Long.parseLong(value)), XSDDatatype.XSDinteger);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("parameter '" + p.name() + "' must be a whole number, got '" + value + "'");
                }
            }
            default -> {
                return NodeFactory.createLiteralString(value);
            }
        }
    }

    /** Runs a SELECT saved query with bound parameters; the rows are copied out of the read transaction. */
    public ResultSetRewindable select(SavedQuery query, Map<String, String> rawParams) {
        Map<String, Node> bound = bind(query, rawParams);
        return store.query(query.query(), bound, qe -> ResultSetFactory.copyResults(ResultSet.adapt(qe.select())));
    }
}
