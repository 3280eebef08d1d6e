package org.directivegraph.pages;

import java.util.ArrayList;
import java.util.List;

import org.directivegraph.report.Labels;
import org.directivegraph.report.Table;
import org.directivegraph.search.SearchEntry.Kind;
import org.directivegraph.search.SearchIndex;
import org.directivegraph.search.SearchResult;
import org.directivegraph.search.SearchResult.FacetCount;
import org.directivegraph.search.SearchResult.Hit;
import org.directivegraph.web.Html;
import org.directivegraph.web.Lang;

/**
 * The search page: the form, the filters in force as chips that remove them, the facets as links that add a
 * filter, and the hits with their snippet highlighted. Everything from the index is escaped.
 */
final class SearchPage {

    /** The most hits shown (and exported). */
    static final int LIMIT = 50;

    private final Labels labels;
    private final Lang lang;

    SearchPage(Labels labels, Lang lang) {
        this.labels = labels;
        this.lang = lang;
    }

    /** The page of a search. */
    String html(SearchParams params, SearchResult result) {
        Html h = Html.page(lang.pick("Tìm kiếm", "Search"), null, lang);
        h.raw("<p class=\"noprint\">").raw(lang.switchLink(PageResponses.withQuery("/search", params.query()))).raw("</p>");
        h.raw(form(lang, params.q()));
        chips(h, params);
        h.raw("<p class=\"count\">").text(result.total() + " " + lang.pick("kết quả", "results")
                + (result.total() > LIMIT ? lang.pick(" (hiện " + LIMIT + " đầu tiên)", " (first " + LIMIT + " shown)") : ""))
                .raw("</p>");
        h.raw(PageResponses.exportLinks("/search", params.query(), lang));
        h.raw("<div class=\"search-layout\"><aside class=\"facets\">");
        facets(h, params, result);
        h.raw("</aside><ol class=\"hits\">");
        for (Hit hit : result.hits()) {
            hit(h, hit);
        }
        h.raw("</ol></div>");
        return h.end();
    }

    /** The search form, also on the home page. */
    static String form(Lang lang, String q) {
        return "<form id=\"search\" method=\"get\" action=\"/search\" role=\"search\"><input type=\"search\" name=\"q\" value=\""
                + Html.escape(q) + "\" size=\"40\" aria-label=\"" + Html.escape(lang.pick("Tìm", "Search")) + "\" placeholder=\""
                + Html.escape(lang.pick("số hiệu, tiêu đề, đơn vị, nhiệm vụ…", "number, title, unit, task…"))
                + "\"> <button type=\"submit\">" + Html.escape(lang.pick("Tìm", "Search")) + "</button></form>";
    }

    private void chips(Html h, SearchParams params) {
        List<String[]> active = new ArrayList<>();
        if (params.kind() != null) {
            active.add(new String[] {"kind", kindLabel(params.kindValue())});
        }
        for (String facet : SearchIndex.FACETS) {
            String v = params.facet(facet);
            if (v != null) {
                active.add(new String[] {facet, facetName(facet) + ": " + valueLabel(facet, v, v)});
            }
        }
        if (active.isEmpty()) {
            return;
        }
        h.raw("<p class=\"chips\">");
        for (String[] a : active) {
            h.raw("<a class=\"chip\" data-filter=\"").text(a[0]).raw("\" href=\"")
                    .text(PageResponses.withQuery("/search", params.with(a[0], null).query()))
                    .raw("\" title=\"").text(lang.pick("Bỏ lọc", "Remove filter")).raw("\">").text(a[1]).raw(" ✕</a> ");
        }
        h.raw("</p>");
    }

    private void facets(Html h, SearchParams params, SearchResult result) {
        for (String facet : SearchIndex.FACETS) {
            List<FacetCount> values = result.facets().getOrDefault(facet, List.of());
            if (values.isEmpty()) {
                continue;
            }
            h.raw("<h2 class=\"facet-name\">").text(facetName(facet)).raw("</h2><ul class=\"facet\" data-facet=\"").text(facet).raw("\">");
            for (FacetCount v : values) {
                boolean on = v.key().equals(params.facet(facet));
                h.raw("<li><a class=\"facet-value").raw(on ? " on" : "").raw("\" href=\"")
                        .text(PageResponses.withQuery("/search", params.with(facet, v.key()).query())).raw("\">")
                        .text(valueLabel(facet, v.key(), v.label())).raw("</a> <span class=\"muted\">").text(Integer.toString(v.count()))
                        .raw("</span></li>");
            }
            h.raw("</ul>");
        }
    }

    private void hit(Html h, Hit hit) {
        h.raw("<li class=\"hit\" data-kind=\"").text(hit.kind().name().toLowerCase(java.util.Locale.ROOT)).raw("\">");
        h.raw("<span class=\"kind muted\">").text(kindLabel(hit.kind())).raw("</span> ");
        String href = Html.href(hit.iri());
        h.raw("<a class=\"hit-link\" href=\"").text(href == null ? "#" : href).raw("\">").text(hit.label()).raw("</a>");
        if (hit.context() != null && !hit.context().isBlank()) {
            h.raw("<div class=\"context muted\">").text(hit.context()).raw("</div>");
        }
        if (hit.snippet() != null && !hit.snippet().isBlank()) {
            h.raw("<div class=\"snippet\">").raw(Highlight.html(hit.snippet(), hit.highlights())).raw("</div>");
        }
        if (hit.kind() == Kind.DOCUMENT) {
            h.raw("<div class=\"noprint\"><a class=\"trace-link\" href=\"")
                    .text("/trace?document=" + Html.urlParam(hit.iri())).raw("\">").text(lang.pick("Truy vết", "Trace")).raw("</a></div>");
        } else if (hit.kind() == Kind.TASK && hit.parent() != null) {
            h.raw("<div class=\"noprint\">").link(hit.parent(), lang.pick("Văn bản", "Document")).raw("</div>");
        }
        h.raw("</li>");
    }

    private String facetName(String facet) {
        return switch (facet) {
            case SearchIndex.LEVEL -> lang.pick("Cấp", "Level");
            case SearchIndex.TYPE -> lang.pick("Loại văn bản", "Document type");
            case SearchIndex.YEAR -> lang.pick("Năm", "Year");
            case SearchIndex.ISSUER -> lang.pick("Cơ quan ban hành", "Issuer");
            default -> facet;
        };
    }

    private String valueLabel(String facet, String key, String fallback) {
        if (SearchIndex.YEAR.equals(facet)) {
            return key;
        }
        return labels.label(key, lang.code(), fallback == null || fallback.isBlank() ? key : fallback);
    }

    String kindLabel(Kind kind) {
        return switch (kind) {
            case DOCUMENT -> lang.pick("Văn bản", "Document");
            case UNIT -> lang.pick("Đơn vị hành chính", "Administrative unit");
            case BODY -> lang.pick("Cơ quan", "Body");
            case TASK -> lang.pick("Nhiệm vụ", "Task");
        };
    }

    /** The hits as a table for export. */
    static Table table(SearchResult result) {
        List<List<String>> rows = new ArrayList<>();
        for (Hit hit : result.hits()) {
            rows.add(List.of(hit.kind().name().toLowerCase(java.util.Locale.ROOT), hit.iri(), nz(hit.label()), nz(hit.context()),
                    nz(hit.parent()), nz(hit.snippet()), String.format(java.util.Locale.ROOT, "%.3f", hit.score())));
        }
        return new Table("Search", List.of("kind", "iri", "label", "context", "parent", "snippet", "score"), rows);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
