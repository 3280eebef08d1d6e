package org.directivegraph.sparql;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.riot.Lang;
import org.directivegraph.web.Negotiation;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * The formats an answer can be written in, by kind of answer, and the choice among them from the request's
 * {@code Accept} header or a {@code format} parameter ({@code json}, {@code xml}, {@code csv}, {@code tsv},
 * {@code html}, {@code ttl}, {@code jsonld}, {@code nt}, {@code rdfxml}). The first format of each kind is the
 * default.
 */
public enum AnswerFormat {
    JSON("json", "application/sparql-results+json", ResultSetLang.RS_JSON),
    XML("xml", "application/sparql-results+xml", ResultSetLang.RS_XML),
    CSV("csv", "text/csv", ResultSetLang.RS_CSV),
    TSV("tsv", "text/tab-separated-values", ResultSetLang.RS_TSV),
    HTML("html", "text/html", null),
    TURTLE("ttl", "text/turtle", Lang.TURTLE),
    JSONLD("jsonld", "application/ld+json", Lang.JSONLD),
    NTRIPLES("nt", "application/n-triples", Lang.NTRIPLES),
    RDFXML("rdfxml", "application/rdf+xml", Lang.RDFXML);

    private final String keyword;
    private final String mediaType;
    private final Lang lang;

    AnswerFormat(String keyword, String mediaType, Lang lang) {
        this.keyword = keyword;
        this.mediaType = mediaType;
        this.lang = lang;
    }

    /** The media type written in Content-Type. */
    public String mediaType() {
        return mediaType;
    }

    /** Jena's language for it; none for HTML. */
    public Lang lang() {
        return lang;
    }

    /** The formats for a kind of answer, default first; HTML only when {@code html} says so. */
    public static List<AnswerFormat> offered(QueryAnswer.Kind kind, boolean html) {
        return switch (kind) {
            case ROWS -> html ? List.of(JSON, XML, CSV, TSV, HTML) : List.of(JSON, XML, CSV, TSV);
            case BOOLEAN -> List.of(JSON, XML, CSV, TSV);
            case GRAPH -> List.of(TURTLE, JSONLD, NTRIPLES, RDFXML);
        };
    }

    /**
     * The format to write: the {@code format} parameter when given, else the best match of {@code accept},
     * else the default.
     *
     * @throws BadSparqlRequestException 400 for an unknown or unsuitable {@code format}, 406 when nothing accepted
     *     is offered
     */
    public static AnswerFormat choose(QueryAnswer.Kind kind, boolean html, String accept, String format) {
        List<AnswerFormat> offered = offered(kind, html);
        if (format != null && !format.isBlank()) {
            String f = format.strip().toLowerCase(Locale.ROOT);
            Optional<AnswerFormat> named = offered.stream().filter(a -> a.keyword.equals(f) || a.mediaType.equals(f)).findFirst();
            return named.orElseThrow(() -> new BadSparqlRequestException(400, "Unknown format '" + format + "' for this answer;"
                    + " use one of " + offered.stream().map(a -> a.keyword).toList() + "."));
        }
        if (accept == null || accept.isBlank()) {
            return offered.get(0);
        }
        List<String> types = new java.util.ArrayList<>(offered.stream().map(a -> a.mediaType).toList());
        if (offered.contains(JSON)) {
            // plain JSON is SPARQL JSON
            types.add(types.indexOf(JSON.mediaType) + 1, "application/json");
        }
        String type = Negotiation.choose(accept, types).map(types::get).orElseThrow(() -> new BadSparqlRequestException(406,
                "None of the accepted types (" + accept + ") is offered for this answer; offered: "
                        + offered.stream().map(a -> a.mediaType).toList() + "."));
        return type.equals("application/json") ? JSON
                : Arrays.stream(values()).filter(a -> a.mediaType.equals(type)).findFirst().orElse(offered.get(0));
    }
}
