/**
 * The resolve step of the extractor (DESIGN.md §2): names what a document's words refer to, by the identifier
 * rules of {@code docs/identifiers.md}; ambiguity is reported, never guessed silently.
 *
 * <ul>
 * <li>{@link org.directivegraph.resolve.Keys} and {@link org.directivegraph.resolve.Identifiers}: keys, hashes and
 * every IRI DirectiveGraph mints (units, bodies, documents, numberless and unidentifiable documents, parts).</li>
 * <li>{@link org.directivegraph.resolve.ReferenceIndex}: the packaged units, bodies and documents, loaded once
 * and indexed for fast look-up.</li>
 * <li>{@link org.directivegraph.resolve.IssuerResolver}: the issuing body and unit of a document from its header,
 * date and clues ({@link org.directivegraph.resolve.IssuerClues}, {@link org.directivegraph.resolve.UnitMentions});
 * its result carries the {@link org.directivegraph.resolve.UnitContext} the rest is resolved in.</li>
 * <li>{@link org.directivegraph.resolve.BodyResolver}: a body named in the text ("UBND huyện", "Phòng Nội vụ",
 * "Ban Thường vụ Tỉnh ủy") to its key ({@link org.directivegraph.resolve.BodyNames}), unit
 * ({@link org.directivegraph.resolve.UnitScope}, {@link org.directivegraph.resolve.NamedUnits}) and IRI.</li>
 * <li>{@link org.directivegraph.resolve.DocumentResolver}: a cited document
 * ({@link org.directivegraph.resolve.CitedDocument}) to a known document, a minted IRI, or an unresolved local one.</li>
 * </ul>
 *
 * Plain Java, no Spring; the resolvers are immutable and can be shared.
 */
package org.directivegraph.resolve;
