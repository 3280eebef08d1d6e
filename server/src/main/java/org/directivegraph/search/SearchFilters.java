package org.directivegraph.search;

import java.util.EnumSet;
import java.util.Set;

import org.directivegraph.search.SearchEntry.Kind;

/**
 * What a search is restricted to: kinds of things (empty: all), and facet values (a key as given in a
 * {@link SearchResult.FacetCount}, or {@code null} for no restriction).
 *
 * @param kinds  the kinds to return; empty for all
 * @param level  a level IRI
 * @param type   a document type IRI
 * @param year   a year, e.g. {@code "2023"}
 * @param issuer an issuer (body) IRI
 */
public record SearchFilters(Set<Kind> kinds, String level, String type, String year, String issuer) {

    /** No restriction. */
    public static final SearchFilters NONE = new SearchFilters(Set.of(), null, null, null, null);

    public SearchFilters {
        kinds = kinds == null || kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        level = blankToNull(level);
        type = blankToNull(type);
        year = blankToNull(year);
        issuer = blankToNull(issuer);
    }

    /** Only these kinds. */
    public static SearchFilters kinds(Kind... kinds) {
        return new SearchFilters(Set.of(kinds), null, null, null, null);
    }

    /** These filters with one facet set ({@link SearchIndex#LEVEL}, {@link SearchIndex#TYPE}, …). */
    public SearchFilters with(String facet, String key) {
        return switch (facet) {
            case SearchIndex.LEVEL -> new SearchFilters(kinds, key, type, year, issuer);
            case SearchIndex.TYPE -> new SearchFilters(kinds, level, key, year, issuer);
            case SearchIndex.YEAR -> new SearchFilters(kinds, level, type, key, issuer);
            case SearchIndex.ISSUER -> new SearchFilters(kinds, level, type, year, key);
            default -> throw new IllegalArgumentException("no facet '" + facet + "'; facets are " + SearchIndex.FACETS);
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
