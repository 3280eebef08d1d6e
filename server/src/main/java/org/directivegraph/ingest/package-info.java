/**
 * From an extraction to a stored document: resolving the issuing unit ({@link org.directivegraph.ingest.IssuingUnit})
 * and the documents cited ({@link org.directivegraph.ingest.CitedDocuments}), minting identifiers
 * ({@link org.directivegraph.ingest.Keys}, {@link org.directivegraph.ingest.BodyKeys}) and building the document
 * graph with its evidence ({@link org.directivegraph.ingest.DocumentGraphBuilder}).
 */
package org.directivegraph.ingest;
