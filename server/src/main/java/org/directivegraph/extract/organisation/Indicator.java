package org.directivegraph.extract.organisation;

import java.math.BigDecimal;

import org.directivegraph.extract.Span;

/**
 * One indicator (Chỉ tiêu) of a plan.
 *
 * @param ordinal    its number as printed
 * @param text       the item's text, whitespace collapsed
 * @param target     the figure to reach, or null when the item gives none
 * @param unit       the unit of the figure ("%", "cuộc"), or null
 * @param comparator code of vocab/comparator: at-least, at-most or exactly; null without a figure
 * @param population whom or what the figure counts, or null
 * @param span       the item
 */
public record Indicator(String ordinal, String text, BigDecimal target, String unit, String comparator,
                        String population, Span span) {
}
