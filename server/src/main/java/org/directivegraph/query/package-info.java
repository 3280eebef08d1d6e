/**
 * Saved queries: the documented, parameterised SPARQL files of {@code queries/}
 * ({@link org.directivegraph.query.SavedQuery}, {@link org.directivegraph.query.SavedQueries}) and their
 * execution with parameters bound as RDF terms ({@link org.directivegraph.query.QueryRunner}).
 */
package org.directivegraph.query;
