package org.directivegraph.publish;

import org.directivegraph.web.Html;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.riot.Lang;

/** The formats a resource is published in, with their media type and the extension of their format-specific URL. */
public enum RdfFormat {
    /** A readable page. */
    HTML("text/html", "html", null),
    /** Turtle. */
    TURTLE("text/turtle", "ttl", Lang.TURTLE),
    /** JSON-LD 1.1, compacted with the published context. */
    JSONLD("application/ld+json", "jsonld", Lang.JSONLD11),
    /** N-Triples. */
    NTRIPLES("application/n-triples", "nt", Lang.NTRIPLES),
    /** RDF/XML. */
    RDFXML("application/rdf+xml", "rdf", Lang.RDFXML);

    private final String mediaType;
    private final String extension;
    private final Lang lang;

    RdfFormat(String mediaType, String extension, Lang lang) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.lang = lang;
    }

    /** The media type, without parameters. */
    public String mediaType() {
        return mediaType;
    }

    /** The Content-Type header value (UTF-8 for the text formats). */
    public String contentType() {
        return this == RDFXML || this == JSONLD ? mediaType : mediaType + ";charset=UTF-8";
    }

    /** The extension of the format-specific URL, without the dot. */
    public String extension() {
        return extension;
    }

    /** Jena's language for it; {@code null} for HTML. */
    public Lang lang() {
        return lang;
    }

    /** The format with this extension ({@code ttl}) or short name ({@code turtle}, {@code json-ld}), if any. */
    public static Optional<RdfFormat> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.toLowerCase(Locale.ROOT).strip();
        return Arrays.stream(values())
                .filter(f -> f.extension.equals(n) || f.name().toLowerCase(Locale.ROOT).equals(n)
                        || f.mediaType.equals(n) || (f == JSONLD && (n.equals("json-ld") || n.equals("json")))
                        || (f == RDFXML && (n.equals("xml") || n.equals("rdfxml")))
                        || (f == NTRIPLES && n.equals("ntriples")))
                .findFirst();
    }

    /** Links to the formats of {@code path} other than HTML, for the foot of a page. */
    static String otherFormatLinks(String path) {
        StringBuilder out = new StringBuilder("<p class=\"off\">");
        for (RdfFormat f : values()) {
            if (f != HTML) {
                out.append("<a href=\"").append(Html.escape(path + "." + f.extension())).append("\">").append(f.extension()).append("</a> ");
            }
        }
        return out.append("</p>").toString();
    }
}
