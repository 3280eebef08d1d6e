/**
 * Reads the layout of a Vietnamese administrative document (Nghị định 30/2020/NĐ-CP, appendix on
 * layout) from its raw text: the header block ({@link org.directivegraph.extract.structure.HeaderParser}),
 * the Roman-numeral sections and their numbered items and tasks
 * ({@link org.directivegraph.extract.structure.StructureParser}), the recipients under "Nơi nhận"
 * ({@link org.directivegraph.extract.structure.RecipientParser}) and the signature block
 * ({@link org.directivegraph.extract.structure.SignatureParser}).
 *
 * <p>Every parser takes a {@link org.directivegraph.extract.DocumentText} and returns
 * {@link org.directivegraph.extract.Span}s into its raw text, so each value can be shown with the words it
 * came from. The text is first put into Unicode NFC ({@link org.directivegraph.extract.structure.NormalizedText})
 * so that decomposed accents from PDF conversion match; spans are mapped back to the raw text.
 *
 * <p>The parsers expect what conversion does to such documents: the two header columns interleaved on
 * one line, lines split mid-sentence, blank lines between every line, page numbers and footnotes inside
 * the text, a missing header, Markdown marks left by Word conversion. Every pattern is linear-time, so
 * garbage input cannot stall them.
 */
package org.directivegraph.extract.structure;
