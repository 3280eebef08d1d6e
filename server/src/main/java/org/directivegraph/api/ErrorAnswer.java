package org.directivegraph.api;

import org.directivegraph.web.Html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An error answer: {@code {"status": 400, "error": "Bad Request", "message": "…"}} as JSON, or a small HTML page
 * when the client prefers HTML (a browser). The message says what is wrong; there is never a stack trace.
 */
public final class ErrorAnswer {

    private ErrorAnswer() {
    }

    /** The answer as a response entity, in the format the {@code Accept} header prefers. */
    public static ResponseEntity<String> of(HttpStatusCode status, String message, String accept) {
        return of(status, message, accept, new HttpHeaders());
    }

    /** The answer with extra headers (e.g. {@code WWW-Authenticate}, {@code Retry-After}). */
    public static ResponseEntity<String> of(HttpStatusCode status, String message, String accept, HttpHeaders headers) {
        boolean html = AnswerFormat.negotiate(accept, AnswerFormat.JSON, AnswerFormat.HTML) == AnswerFormat.HTML;
        return ResponseEntity.status(status).headers(headers)
                .contentType(html ? AnswerFormat.HTML.mediaType() : AnswerFormat.JSON.mediaType())
                .body(html ? html(status, message) : json(status, message));
    }

    /** Writes the answer straight to a servlet response (from a filter, outside Spring MVC). */
    public static void write(HttpServletResponse response, HttpStatusCode status, String message, String accept) throws IOException {
        ResponseEntity<String> answer = of(status, message, accept);
        response.setStatus(status.value());
        MediaType type = answer.getHeaders().getContentType();
        response.setContentType(type == null ? MediaType.APPLICATION_JSON_VALUE : type.toString());
        byte[] body = answer.getBody() == null ? new byte[0] : answer.getBody().getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The JSON form. */
    public static String json(HttpStatusCode status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.value());
        body.put("error", reason(status));
        body.put("message", message);
        return Json.write(body);
    }

    /** The HTML form. */
    public static String html(HttpStatusCode status, String message) {
        String title = status.value() + " " + reason(status);
        return Html.page(title, null, "<p class=\"error\">" + Html.escape(message) + "</p>");
    }

    private static String reason(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null ? "Error" : known.getReasonPhrase();
    }
}
