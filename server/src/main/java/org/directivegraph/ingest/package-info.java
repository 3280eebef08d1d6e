/**
 * From an extraction to a stored document: {@link org.directivegraph.ingest.DocumentGraphBuilder} turns an
 * extraction into its document graph, with identifiers and resolution from {@code resolve} and every fact's
 * evidence; {@link org.directivegraph.ingest.Ingester} reads a file safely (through
 * {@code extract.source}), validates the document against the rest of the store and stores it in one atomic write.
 */
package org.directivegraph.ingest;
