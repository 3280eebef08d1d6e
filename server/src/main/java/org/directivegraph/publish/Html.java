package org.directivegraph.publish;

import org.directivegraph.store.GraphNames;

/**
 * Builds an HTML page as a string. Every piece of text is escaped on the way in ({@link #text}); attribute values
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
            li{margin:.3rem 0}
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

    /** Starts a page with its title, the stylesheet, and a small navigation bar. */
    public static Html page(String title, String iri) {
        Html h = new Html();
        h.out.append("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(escape(title)).append(" – DirectiveGraph</title><style>").append(CSS)
                .append("</style></head><body><nav><a href=\"/dataset\">DirectiveGraph</a> · <a href=\"/ontology\">")
                .append("ontology</a> · <a href=\"/shapes\">shapes</a> · <a href=\"/sparql\">SPARQL</a></nav>");
        h.out.append("<h1>").append(escape(title)).append("</h1>");
        if (iri != null) {
            h.out.append("<p class=\"iri\">").append(escape(iri)).append("</p>");
        }
        return h;
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

    /** Ends the page with links to the other formats of {@code path} and returns it. */
    public String end(String path) {
        if (path != null) {
            out.append("<p class=\"off\">");
            for (RdfFormat f : RdfFormat.values()) {
                if (f != RdfFormat.HTML) {
                    out.append("<a href=\"").append(escape(path + "." + f.extension())).append("\">")
                            .append(f.extension()).append("</a> ");
                }
            }
            out.append("</p>");
        }
        out.append("</body></html>\n");
        return out.toString();
    }
}
