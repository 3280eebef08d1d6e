package org.directivegraph.extract.structure;

import org.directivegraph.extract.Span;

/**
 * A part of the body under a Roman-numeral heading ("II. NHIỆM VỤ TRỌNG TÂM").
 *
 * @param ordinal     the numeral as printed ("II")
 * @param heading     the heading without numeral and Markdown ("NHIỆM VỤ TRỌNG TÂM")
 * @param kind        the code of vocab/section-kind: purpose, content, indicators, organisation or other
 * @param position    1-based position among the sections
 * @param headingSpan the heading line(s), numeral included
 * @param span        from the heading to the next section, or to the closing ("Trên đây …", "Nơi nhận")
 */
public record Section(String ordinal, String heading, String kind, int position, Span headingSpan, Span span) {
}
