/**
 * From an extraction to a stored document: {@link org.directivegraph.ingest.DocumentGraphBuilder} turns an
 * extraction into its document graph, with identifiers and resolution from {@code resolve} and every fact's
 * evidence; {@link org.directivegraph.ingest.TextFiles} and {@code OfficeFiles} read plans safely;
 * {@link org.directivegraph.ingest.Ingester} validates and stores one document per transaction.
 */
package org.directivegraph.ingest;
