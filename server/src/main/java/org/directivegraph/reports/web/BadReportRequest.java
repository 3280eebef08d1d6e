package org.directivegraph.reports.web;

/** A report parameter that cannot be used: answered with a 400 page carrying the message in both languages. */
public final class BadReportRequest extends RuntimeException {

    private final String vietnamese;

    /** A refusal with its Vietnamese and English explanation. */
    public BadReportRequest(String vietnamese, String english) {
        super(english);
        this.vietnamese = vietnamese;
    }

    /** The explanation in Vietnamese. */
    public String vietnamese() {
        return vietnamese;
    }

    /** The explanation in English. */
    public String english() {
        return getMessage();
    }
}
