/**
 * The SPARQL endpoint for analysts. {@code /sparql} answers read-only SPARQL queries in every standard result
 * format: over the embedded store it is Apache Jena Fuseki mounted in the application's servlet container
 * ({@link org.directivegraph.sparql.SparqlEndpointConfiguration}, {@link org.directivegraph.sparql.ReadOnlyFuseki}),
 * over a remote store the query is forwarded to it ({@link org.directivegraph.sparql.RemoteSparqlFilter}). In
 * front of both, {@link org.directivegraph.sparql.SparqlGuardFilter} refuses updates, reports syntax errors,
 * imposes the operator's result limit ({@link org.directivegraph.sparql.LimitedQuery}) and turns a timeout into a
 * clear answer. {@code /queries} lists and runs the saved queries with bound parameters
 * ({@link org.directivegraph.sparql.SavedQueryController}); {@code GET /sparql} from a browser is a query editor
 * (YASGUI, served from the application itself; {@link org.directivegraph.sparql.EditorPage}).
 */
package org.directivegraph.sparql;
