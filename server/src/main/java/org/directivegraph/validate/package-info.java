/**
 * Validation of plans against the SHACL shapes of {@code shapes/*.ttl}: what a complete and
 * consistent plan is (document and plan completeness, hierarchy consistency, obligations,
 * indicators, evidence). {@link org.directivegraph.validate.PlanShapes} loads the packaged shapes
 * once and validates a whole graph, or a newly extracted document together with the store it joins
 * so that its links to documents already there resolve; {@link org.directivegraph.validate.Finding}
 * is one result of a report in a form the rest of the application can show, with its messages in
 * Vietnamese and English.
 */
package org.directivegraph.validate;
