package org.directivegraph.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.directivegraph.search.SearchResult.Range;
import org.directivegraph.web.Html;

/**
 * A snippet as HTML with its matched words in {@code <mark>}: the text is cut at the ranges first and each
 * segment escaped on its own, so that no range can split an escape and no text becomes markup.
 */
final class Highlight {

    private Highlight() {
    }

    /** The snippet escaped, with the ranges (clipped, overlaps merged) wrapped in {@code <mark>}. */
    static String html(String snippet, List<Range> ranges) {
        if (snippet == null) {
            return "";
        }
        List<Range> sorted = new ArrayList<>(ranges == null ? List.of() : ranges);
        sorted.sort(Comparator.comparingInt(Range::start));
        StringBuilder out = new StringBuilder(snippet.length() + 32);
        int at = 0;
        for (Range r : sorted) {
            int start = Math.max(at, Math.max(0, r.start()));
            int end = Math.min(snippet.length(), r.end());
            if (end <= start) {
                continue;
            }
            out.append(Html.escape(snippet.substring(at, start)));
            out.append("<mark>").append(Html.escape(snippet.substring(start, end))).append("</mark>");
            at = end;
        }
        out.append(Html.escape(snippet.substring(at)));
        return out.toString();
    }
}
