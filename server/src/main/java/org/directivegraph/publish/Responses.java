package org.directivegraph.publish;

import org.directivegraph.web.Html;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Turns a published {@link View} into an HTTP answer. A URL ending in a format's extension ({@code .ttl}) or
 * carrying {@code ?format=} answers in that format; otherwise the {@code Accept} header chooses, the answer says
 * {@code Vary: Accept} and gives the format-specific URL in {@code Content-Location}. Unknown resources get 404 (an
 * HTML page or a plain message, by the chosen format), an unknown {@code format} 400, an unacceptable Accept 406.
 */
public final class Responses {

    private static final List<RdfFormat> OFFERED = List.of(RdfFormat.values());

    private Responses() {
    }

    /** The answer for request path {@code path} (maybe with an extension), using {@code lookup} on the path without it. */
    public static ResponseEntity<String> answer(String path, String format, String accept,
                                                Function<String, Optional<View>> lookup) {
        String base = path;
        RdfFormat chosen = null;
        boolean negotiated = false;
        int dot = path.lastIndexOf('.');
        if (dot > path.lastIndexOf('/')) {
            Optional<RdfFormat> byExtension = RdfFormat.byName(path.substring(dot + 1));
            if (byExtension.isPresent() && byExtension.get().extension().equals(path.substring(dot + 1))) {
                chosen = byExtension.get();
                base = path.substring(0, dot);
            }
        }
        if (chosen == null && format != null && !format.isBlank()) {
            chosen = RdfFormat.byName(format).orElse(null);
            if (chosen == null) {
                return plain(HttpStatus.BAD_REQUEST, "Unknown format '" + format + "'; use one of "
                        + Arrays.stream(RdfFormat.values()).map(RdfFormat::extension).toList() + ".");
            }
        }
        if (chosen == null) {
            Optional<RdfFormat> byAccept = Negotiation.choose(accept, OFFERED);
            if (byAccept.isEmpty()) {
                return plain(HttpStatus.NOT_ACCEPTABLE, "None of the formats asked for in Accept is available; this "
                        + "resource is served as " + OFFERED.stream().map(RdfFormat::mediaType).toList() + ".");
            }
            chosen = byAccept.get();
            negotiated = true;
        }
        Optional<View> view = lookup.apply(base);
        if (view.isEmpty()) {
            return notFound(chosen, base, negotiated);
        }
        String body = chosen == RdfFormat.HTML ? view.get().html().get() : RdfOutput.write(view.get().graph(), chosen);
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, chosen.contentType());
        if (negotiated) {
            ok.header(HttpHeaders.VARY, HttpHeaders.ACCEPT).header(HttpHeaders.CONTENT_LOCATION, base + "." + chosen.extension());
        }
        return ok.body(body);
    }

    private static ResponseEntity<String> notFound(RdfFormat format, String path, boolean negotiated) {
        String message = "Nothing is known about " + path + " in DirectiveGraph.";
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(HttpStatus.NOT_FOUND);
        if (negotiated) {
            answer.header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        }
        if (format == RdfFormat.HTML) {
            String html = Html.page("Không tìm thấy / Not found", null).element("p", message).end();
            return answer.header(HttpHeaders.CONTENT_TYPE, RdfFormat.HTML.contentType()).body(html);
        }
        return answer.header(HttpHeaders.CONTENT_TYPE, "text/plain;charset=UTF-8").body(message + "\n");
    }

    /** A plain-text answer. */
    public static ResponseEntity<String> plain(HttpStatus status, String message) {
        return ResponseEntity.status(status).header(HttpHeaders.CONTENT_TYPE, "text/plain;charset=UTF-8").body(message + "\n");
    }
}
