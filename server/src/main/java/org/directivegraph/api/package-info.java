/**
 * The HTTP API for writing and checking data: {@code POST /api/ingest} (a document file: extract, validate,
 * optionally store; {@link org.directivegraph.api.IngestController}), {@code POST /api/validate} (RDF checked
 * against the shapes and the store, never stored; {@link org.directivegraph.api.ValidateController}) and
 * {@code DELETE /api/documents?iri=…} ({@link org.directivegraph.api.DocumentsController}), backups and restore
 * ({@link org.directivegraph.api.BackupController}). Controllers are thin:
 * parsing uploads ({@link org.directivegraph.api.RdfUpload}, which refuses nesting too deep for the parsers,
 * {@link org.directivegraph.api.NestingLimit}, and RDF/XML asking for external entities,
 * {@link org.directivegraph.api.XmlExternals}), validating
 * ({@link org.directivegraph.api.UploadValidation}) and shaping answers (JSON, JSON-LD, Turtle, HTML:
 * {@link org.directivegraph.api.IngestAnswer}, {@link org.directivegraph.api.ValidationAnswer}) live in plain
 * classes. Errors become {@link org.directivegraph.api.ErrorAnswer}s. Who may write is decided before any of this,
 * in {@code org.directivegraph.security}. See {@code docs/api.md}.
 */
package org.directivegraph.api;
