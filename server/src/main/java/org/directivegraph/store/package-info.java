/**
 * Where the graph lives: the packaged ontology, shapes and reference data
 * ({@link org.directivegraph.store.PackagedData}), and the store that holds them with the ingested
 * documents, one named graph per document.
 */
package org.directivegraph.store;
