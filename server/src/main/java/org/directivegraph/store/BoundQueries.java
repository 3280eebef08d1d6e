package org.directivegraph.store;

import java.util.HashMap;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.E_Bound;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprTransform;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * Binds variables of a query to RDF terms in the query's syntax tree, for a store that must be sent query text.
 * The terms are written by Jena's serializer as terms (an IRI as {@code <…>}, a literal quoted and escaped), never
 * pasted in as strings. {@code BOUND(?v)} of a bound variable becomes {@code true} first: {@code BOUND(<iri>)} is
 * not SPARQL, and the embedded store, which binds at evaluation, also finds the variable bound.
 */
final class BoundQueries {

    private BoundQueries() {
    }

    /** The query with each variable of {@code bindings} replaced by its term. */
    static Query substitute(Query query, Map<String, Node> bindings) {
        if (bindings.isEmpty()) {
            return query;
        }
        Map<Var, Node> vars = new HashMap<>();
        bindings.forEach((name, term) -> vars.put(Var.alloc(name), term));
        ExprTransform boundIsTrue = new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunction1 func, Expr arg) {
                if (func instanceof E_Bound && arg.isVariable() && vars.containsKey(arg.asVar())) {
                    return NodeValue.TRUE;
                }
                return super.transform(func, arg);
            }
        };
        Query folded = QueryTransformOps.transform(query, new ElementTransformCopyBase(), boundIsTrue);
        return QueryTransformOps.replaceVars(folded, vars);
    }
}
