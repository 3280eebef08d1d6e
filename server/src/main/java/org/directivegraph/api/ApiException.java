package org.directivegraph.api;

import org.springframework.http.HttpStatus;

/** A request the API cannot serve, with the status to answer and a message saying what is wrong. */
public class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final HttpStatus status;

    /** An error with its status and message. */
    public ApiException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    /** The status to answer with. */
    public HttpStatus status() {
        return status;
    }
}
