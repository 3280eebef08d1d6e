package org.directivegraph.sparql;

/** A request to the SPARQL endpoint that is refused, with the HTTP status and a message saying what is wrong. */
public final class BadSparqlRequestException extends RuntimeException {

    private final int status;

    public BadSparqlRequestException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** The HTTP status to answer with (4xx). */
    public int status() {
        return status;
    }
}
