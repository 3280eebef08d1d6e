package org.directivegraph.web;

import java.util.List;
import java.util.Optional;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Content negotiation for every answer of the application: picks one of the media types a handler offers from
 * an {@code Accept} header. Each offered type gets the quality of the most specific range that matches it (so
 * {@code text/*, text/html;q=0} excludes HTML); the highest quality wins, then the more specific match, then the
 * handler's order (its default first). No header, or one that cannot be read, means the default.
 */
public final class Negotiation {

    private Negotiation() {
    }

    /**
     * The index in {@code offered} of the media type to answer with, or empty when the header accepts none of
     * them (a 406, if the handler has no better fallback).
     *
     * @param offered media types without parameters, the default first
     */
    public static Optional<Integer> choose(String accept, List<String> offered) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(0);
        }
        List<MediaType> ranges;
        try {
            ranges = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            return Optional.of(0);
        }
        int best = -1;
        double bestQ = 0;
        int bestSpecificity = -1;
        for (int i = 0; i < offered.size(); i++) {
            MediaType type = MediaType.parseMediaType(offered.get(i));
            // the most specific range that matches decides the type's quality (text/html;q=0 beats text/*)
            double q = 0;
            int specificity = -1;
            for (MediaType range : ranges) {
                int s = range.isWildcardType() ? 0 : range.isWildcardSubtype() ? 1 : 2;
                if (range.includes(type) && (s > specificity || (s == specificity && range.getQualityValue() > q))) {
                    specificity = s;
                    q = range.getQualityValue();
                }
            }
            if (q > bestQ || (q == bestQ && q > 0 && specificity > bestSpecificity)) {
                best = i;
                bestQ = q;
                bestSpecificity = specificity;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(best);
    }
}
