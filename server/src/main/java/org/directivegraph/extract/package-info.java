/**
 * Extraction: reading a document's text into what it says, each fact with the span of text it came from.
 * {@link org.directivegraph.extract.Extractor} runs the layout parsers ({@code structure}) and the citation
 * grammar ({@code citation}) over a {@link org.directivegraph.extract.DocumentText} and returns an
 * {@link org.directivegraph.extract.Extraction}; {@link org.directivegraph.extract.ExtractionSummary} is its JSON
 * summary.
 */
package org.directivegraph.extract;
