/**
 * Traceability reports for the analysts' pages, as plain classes over a
 * {@link org.directivegraph.store.GraphStore}: the trace tree of a document ({@link org.directivegraph.report.TraceTree}),
 * the coverage matrix of a directive with its gaps ({@link org.directivegraph.report.CoverageMatrix}), the obligations
 * calendar and table ({@link org.directivegraph.report.ObligationsReport}), the data-quality findings
 * ({@link org.directivegraph.report.QualityReport}), the home page counts ({@link org.directivegraph.report.Counts}),
 * and the export of any of them as a {@link org.directivegraph.report.Table} to CSV or .xlsx
 * ({@link org.directivegraph.report.Exports}); code-list labels in either language come from
 * {@link org.directivegraph.report.Labels}. Documents are shown through
 * {@link org.directivegraph.report.DocumentSummary}. Every value bound into SPARQL is an RDF term; every text is plain
 * and must be escaped by whoever renders it.
 */
package org.directivegraph.report;
