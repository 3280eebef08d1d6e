/**
 * Full-text search over the store: documents (title, subject, number and symbol, type, level, year,
 * issuer), administrative units (names with their type word), bodies and task texts, ignoring case and
 * Vietnamese diacritics ({@link org.directivegraph.search.FoldingAnalyzer}), with facets by level,
 * document type, year and issuer. {@link org.directivegraph.search.SearchIndex} is an in-memory Lucene
 * index built from a {@link org.directivegraph.store.GraphStore} and kept up to date one document at a
 * time; {@link org.directivegraph.search.SearchSource} reads what is indexed from the store;
 * {@link org.directivegraph.search.Rows} runs SPARQL with bound terms and copies the rows out.
 */
package org.directivegraph.search;
