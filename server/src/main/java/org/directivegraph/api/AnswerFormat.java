package org.directivegraph.api;

import java.util.Arrays;
import java.util.List;

import org.directivegraph.web.Negotiation;

import org.apache.jena.riot.Lang;
import org.springframework.http.MediaType;

/**
 * The forms an API answer comes in, and the choice among them from an {@code Accept} header: the client's most
 * preferred type (by {@code q}) that an endpoint offers; the endpoint's first form when nothing matches or the
 * header is absent or malformed.
 */
public enum AnswerFormat {
    /** A JSON object (the default). */
    JSON(MediaType.APPLICATION_JSON, null),
    /** JSON-LD. */
    JSONLD(MediaType.parseMediaType("application/ld+json"), Lang.JSONLD),
    /** Turtle. */
    TURTLE(MediaType.parseMediaType("text/turtle;charset=UTF-8"), Lang.TURTLE),
    /** A readable HTML page. */
    HTML(MediaType.parseMediaType("text/html;charset=UTF-8"), null);

    private final MediaType mediaType;
    private final Lang lang;

    AnswerFormat(MediaType mediaType, Lang lang) {
        this.mediaType = mediaType;
        this.lang = lang;
    }

    /** The content type of answers in this form. */
    public MediaType mediaType() {
        return mediaType;
    }

    /** The RDF syntax, for RDF forms. */
    Lang lang() {
        return lang;
    }

    /** The form to answer in, among {@code offered} (the first is the default). */
    public static AnswerFormat negotiate(String accept, AnswerFormat... offered) {
        List<String> types = Arrays.stream(offered).map(f -> f.mediaType.getType() + "/" + f.mediaType.getSubtype()).toList();
        return Negotiation.choose(accept, types).map(i -> offered[i]).orElse(offered[0]);
    }
}
