package org.directivegraph.pages;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.directivegraph.search.SearchEntry.Kind;
import org.directivegraph.search.SearchFilters;
import org.directivegraph.search.SearchIndex;

/**
 * The parameters of {@code /search}: the text {@code q}, a kind ({@code document}, {@code unit}, {@code body},
 * {@code task}) and facet values {@code level}, {@code type}, {@code year}, {@code issuer}.
 */
record SearchParams(String q, String kind, String level, String type, String year, String issuer) {

    SearchParams {
        q = q == null ? "" : q.strip();
        kind = blankToNull(kind);
        level = blankToNull(level);
        type = blankToNull(type);
        year = blankToNull(year);
        issuer = blankToNull(issuer);
    }

    /** The kind asked for, or null; throws {@link IllegalArgumentException} for an unknown kind. */
    Kind kindValue() {
        if (kind == null) {
            return null;
        }
        try {
            return Kind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown kind '" + kind + "': use document, unit, body or task");
        }
    }

    /** The filters for the index. */
    SearchFilters filters() {
        Kind k = kindValue();
        return new SearchFilters(k == null ? Set.of() : Set.of(k), level, type, year, issuer);
    }

    /** The value of a facet parameter. */
    String facet(String facet) {
        return switch (facet) {
            case SearchIndex.LEVEL -> level;
            case SearchIndex.TYPE -> type;
            case SearchIndex.YEAR -> year;
            case SearchIndex.ISSUER -> issuer;
            default -> null;
        };
    }

    /** These parameters with one of them set (or removed when {@code value} is null). */
    SearchParams with(String name, String value) {
        return new SearchParams(name.equals("q") ? value : q, name.equals("kind") ? value : kind,
                name.equals(SearchIndex.LEVEL) ? value : level, name.equals(SearchIndex.TYPE) ? value : type,
                name.equals(SearchIndex.YEAR) ? value : year, name.equals(SearchIndex.ISSUER) ? value : issuer);
    }

    /** The URL query string (encoded, blank parameters left out). */
    String query() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("q", q);
        m.put("kind", kind);
        m.put(SearchIndex.LEVEL, level);
        m.put(SearchIndex.TYPE, type);
        m.put(SearchIndex.YEAR, year);
        m.put(SearchIndex.ISSUER, issuer);
        return PageResponses.query(m);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
