package org.directivegraph.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.directivegraph.store.GraphNames;

/**
 * Builds an HTML page of the application as a string, with the one stylesheet and navigation bar every page
 * shares (linked data, SPARQL, API answers, reports). Every piece of text is escaped on the way in ({@link #text}); attribute values
 * are escaped too, and only http(s) IRIs become links, IRIs under {@link GraphNames#BASE} pointing to their path
 * on this server. Raw markup is only appended by the renderers themselves ({@link #raw}).
 */
public final class Html {

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;max-width:60rem;\
            padding:1rem;line-height:1.45;color:#1b1b1b}
            h1{font-size:1.5rem}h2{font-size:1.2rem;border-bottom:1px solid #ddd;margin-top:2rem}
            a{color:#0b57d0;word-break:break-word}table{border-collapse:collapse;width:100%}
            td,th{border-bottom:1px solid #eee;padding:.3rem .4rem;text-align:left;vertical-align:top}
            .iri{font-family:monospace;font-size:.85rem;color:#555;word-break:break-all}
            .en{color:#555}.span{max-height:12rem;overflow:auto;background:#fff8d6;border-left:3px solid #e0b000;padding:.2rem .5rem;\
            margin:.2rem 0;white-space:pre-wrap;font-size:.9rem}.off{color:#777;font-size:.8rem}
            .VIOLATION{color:#b00020}.WARNING{color:#9a6700}.INFO{color:#555}nav{font-size:.9rem}
            li{margin:.3rem 0}nav.site{display:flex;flex-wrap:wrap;gap:.2rem .8rem;border-bottom:1px solid #ddd;padding-bottom:.4rem}
            nav.site .lang{margin-left:auto}th{background:#f6f6f6}code{background:#f3f3f3;padding:0 .2rem}
            input,select,button{font:inherit;padding:.2rem .4rem;max-width:100%}.muted{color:#666}.error{color:#a00}
            @media print{nav,form,.noprint{display:none}body{max-width:none;padding:0;font-size:10pt}a{color:#000;text-decoration:none}
            td,th{border:1px solid #999}h2{page-break-after:avoid}tr{page-break-inside:avoid}}
            """;

    private final StringBuilder out = new StringBuilder(8192);

    /** Escapes text for element content and attribute values. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Where a link to an IRI should go: the local path for IRIs under the base, the IRI itself for other http(s) IRIs, else null. */
    public static String href(String iri) {
        if (iri == null) {
            return null;
        }
        if (iri.startsWith(GraphNames.BASE)) {
            return "/" + iri.substring(GraphNames.BASE.length());
        }
        String lower = iri.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? iri : null;
    }

    /** The start of a page up to its body: title, stylesheet, navigation bar (no heading). */
    public static String start(String title) {
        return start(title, Lang.VI);
    }

    /** The start of a page in a language ({@code <html lang>}), up to its body. */
    public static String start(String title, Lang lang) {
        return "<!DOCTYPE html>\n<html lang=\"" + lang.code() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(title) + " – DirectiveGraph</title><style>" + CSS + "</style></head><body>" + NAV;
    }

    /** The end of a page begun with {@link #start}. */
    public static String finish() {
        return "</body></html>\n";
    }

    /** Starts a page with its title, the stylesheet, and the navigation bar. */
    public static Html page(String title, String iri) {
        return page(title, iri, Lang.VI);
    }

    /** Starts a page in a language: {@code <html lang>} says which, for screen readers and hyphenation. */
    public static Html page(String title, String iri, Lang lang) {
        Html h = new Html();
        h.out.append(start(title, lang));
        h.out.append("<h1>").append(escape(title)).append("</h1>");
        if (iri != null) {
            h.out.append("<p class=\"iri\">").append(escape(iri)).append("</p>");
        }
        return h;
    }

    private static final String NAV = "<nav class=\"site\"><a href=\"/\">DirectiveGraph</a><a href=\"/search\">Tìm kiếm</a>"
            + "<a href=\"/coverage\">Bao phủ</a><a href=\"/obligations\">Nghĩa vụ</a><a href=\"/quality\">Chất lượng</a>"
            + "<a href=\"/sparql\">SPARQL</a><a href=\"/queries\">Truy vấn</a><a href=\"/ontology\">Ontology</a>"
            + "<a href=\"/dataset\">Dữ liệu</a></nav>";

    /** A whole page around markup the caller built safely; {@code title} is escaped. */
    public static String page(String title, String iri, String safeBody) {
        return page(title, iri).raw(safeBody).end();
    }

    /** A table row of escaped cells ({@code th} cells when {@code header}). */
    public static String row(boolean header, String... cells) {
        String tag = header ? "th" : "td";
        StringBuilder sb = new StringBuilder("<tr>");
        for (String c : cells) {
            sb.append('<').append(tag).append('>').append(escape(c)).append("</").append(tag).append('>');
        }
        return sb.append("</tr>\n").toString();
    }

    /** A string as a JSON string literal that is also safe inside {@code <script>}: no {@code <}, {@code >}, {@code &}. */
    public static String jsonString(String text) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '<' -> sb.append("\\u003c");
                case '>' -> sb.append("\\u003e");
                case '&' -> sb.append("\\u0026");
                case '\u2028' -> sb.append("\\u2028");
                case '\u2029' -> sb.append("\\u2029");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** A value for a URL query string. */
    public static String urlParam(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    /** Appends escaped text. */
    public Html text(String s) {
        out.append(escape(s));
        return this;
    }

    /** Appends markup written by a renderer (never data). */
    public Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Opens an element with an optional class. */
    public Html open(String tag, String cssClass) {
        out.append('<').append(tag);
        if (cssClass != null) {
            out.append(" class=\"").append(escape(cssClass)).append('"');
        }
        out.append('>');
        return this;
    }

    /** Closes an element. */
    public Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** An element holding escaped text. */
    public Html element(String tag, String text) {
        return open(tag, null).text(text).close(tag);
    }

    /** A section heading with an id anchor. */
    public Html heading(String id, String text) {
        out.append("<h2 id=\"").append(escape(id)).append("\">").append(escape(text)).append("</h2>");
        return this;
    }

    /** A link to an IRI with a label; plain text when the IRI is not http(s). */
    public Html link(String iri, String label) {
        String href = href(iri);
        if (href == null) {
            return text(label);
        }
        out.append("<a href=\"").append(escape(href)).append("\">").append(escape(label)).append("</a>");
        return this;
    }

    /** A link with an id, for hash IRIs (the ontology's terms). */
    public Html anchor(String id) {
        out.append("<span id=\"").append(escape(id)).append("\"></span>");
        return this;
    }

    /** Ends the page and returns it. */
    public String end() {
        out.append("</body></html>\n");
        return out.toString();
    }
}
