package org.directivegraph.publish;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Chooses a format from an {@code Accept} header: the format with the highest quality, then the most specific
 * matching range, then the server's order of preference ({@link RdfFormat} order, HTML first). No header means
 * HTML, as for a browser.
 */
public final class Negotiation {

    private Negotiation() {
    }

    /** The chosen format among {@code offered}, or empty when the header accepts none of them (406). */
    public static Optional<RdfFormat> choose(String accept, List<RdfFormat> offered) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(offered.get(0));
        }
        RdfFormat best = null;
        double bestQ = 0;
        int bestSpecificity = -1;
        for (RdfFormat format : offered) {
            double q = -1;
            int specificity = -1;
            for (String range : accept.split(",")) {
                String[] parts = range.split(";");
                String type = parts[0].strip().toLowerCase(Locale.ROOT);
                int s = matches(type, format.mediaType());
                if (s < 0 || s < specificity) {
                    continue;
                }
                double rangeQ = quality(parts);
                if (s > specificity || rangeQ > q) {
                    specificity = s;
                    q = rangeQ;
                }
            }
            if (q > bestQ || (q == bestQ && q > 0 && specificity > bestSpecificity)) {
                best = format;
                bestQ = q;
                bestSpecificity = specificity;
            }
        }
        return Optional.ofNullable(best);
    }

    /** 2 for an exact match, 1 for {@code type/*}, 0 for {@code *}{@code /*}, -1 for no match. */
    private static int matches(String range, String mediaType) {
        if (range.equals(mediaType)) {
            return 2;
        }
        if (range.equals("*/*") || range.equals("*")) {
            return 0;
        }
        if (range.endsWith("/*") && mediaType.startsWith(range.substring(0, range.length() - 1))) {
            return 1;
        }
        return -1;
    }

    private static double quality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip();
            if (p.startsWith("q=")) {
                try {
                    return Math.max(0, Math.min(1, Double.parseDouble(p.substring(2).strip())));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
