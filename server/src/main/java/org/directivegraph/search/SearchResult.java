package org.directivegraph.search;

import java.util.List;
import java.util.Map;

import org.directivegraph.search.SearchEntry.Kind;

/**
 * The answer to a search: the best hits, how many matched in all, and facet counts over every match.
 *
 * @param query  the query as typed
 * @param total  how many entries matched (hits holds at most the limit)
 * @param hits   the best hits, best first
 * @param facets for each facet ({@link SearchIndex#FACETS}), its values among the matches, most frequent first
 */
public record SearchResult(String query, int total, List<Hit> hits, Map<String, List<FacetCount>> facets) {

    /**
     * One hit.
     *
     * @param iri        what was found
     * @param kind       what it is
     * @param label      its title
     * @param context    a line placing it (parents of a unit, document of a task, issuer and date of a document)
     * @param parent     the document of a task or the parent unit of a unit, or {@code null}
     * @param snippet    plain text (to be escaped when shown) around the first match, at most ~200 characters
     * @param highlights the ranges of matched words within the snippet, to mark up after escaping
     * @param score      Lucene's relevance score
     */
    public record Hit(String iri, Kind kind, String label, String context, String parent, String snippet,
                      List<Range> highlights, float score) {
    }

    /** A range {@code [start, end)} of characters. */
    public record Range(int start, int end) {
    }

    /** A facet value and the number of matches that have it. */
    public record FacetCount(String key, String label, int count) {
    }
}
