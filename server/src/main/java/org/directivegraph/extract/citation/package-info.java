/**
 * The citation grammar of the extractor: finds every mention of a document in the text of a Vietnamese
 * administrative document (plan, directive, report, decision …), with its parts and exact span, and tells
 * which mentioned documents the text implements or is based on.
 *
 * <p>Entry points: {@link org.directivegraph.extract.citation.CitationParser#parse} gives the
 * {@link org.directivegraph.extract.citation.CitationMention}s of a
 * {@link org.directivegraph.extract.DocumentText} in text order;
 * {@link org.directivegraph.extract.citation.CitationRoles#classify} gives the role of each
 * ({@code implements}, {@code based-on}, {@code cites} of {@code vocab/citation-role}).</p>
 *
 * <p>The grammar follows the rules that make a citation, not the seed plans: Nghị định 30/2020/NĐ-CP on
 * clerical work (number and symbol {@code 33/CT-TTg}, type abbreviations), Hướng dẫn 36-HD/VPTW on Party
 * documents ({@code 23-QĐ/TW}, a Party "Quy định" written QĐ), the Law on legal documents ({@code
 * 04/2015/NĐ-CP}, laws with {@code QHnn}, laws cited by title). Around it, the damage PDF conversion does:
 * line and page breaks inside a citation, page numbers and footnotes spliced in, spaces inside symbols,
 * Markdown emphasis.</p>
 *
 * <p>One class per job: {@link org.directivegraph.extract.citation.TokenizedText} cuts the raw text into
 * tokens and knows its lines; {@link org.directivegraph.extract.citation.DocumentTypes} knows type words
 * and type letters; {@link org.directivegraph.extract.citation.NumberSymbolParser},
 * {@link org.directivegraph.extract.citation.DateParser},
 * {@link org.directivegraph.extract.citation.IssuerParser},
 * {@link org.directivegraph.extract.citation.LawTitleParser} and
 * {@link org.directivegraph.extract.citation.SubjectParser} read the parts of a citation;
 * {@link org.directivegraph.extract.citation.MentionText} cleans the words of a span;
 * {@link org.directivegraph.extract.citation.DocumentOutline} finds the preamble and the purposes section
 * for the roles. Everything runs in time linear in the text, with bounded look-ahead and no regular
 * expression over the text, so a megabyte of garbage cannot make it backtrack.</p>
 */
package org.directivegraph.extract.citation;
