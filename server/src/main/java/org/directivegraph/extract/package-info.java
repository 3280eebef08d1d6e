/**
 * Extraction: reading a document's text into what it says, each fact with the span of text it came from.
 * {@link org.directivegraph.extract.Extractor} runs the layout parsers ({@code structure}) and the citation
 * grammar ({@code citation}) over a {@link org.directivegraph.extract.DocumentText} and returns an
 * {@link org.directivegraph.extract.Extraction}; {@link org.directivegraph.extract.ExtractionSummary} is its JSON
 * summary. A text not in Unicode NFC is read in NFC, and {@link org.directivegraph.extract.SourceMap} takes the
 * spans of what was read back to the text as given.
 */
package org.directivegraph.extract;
