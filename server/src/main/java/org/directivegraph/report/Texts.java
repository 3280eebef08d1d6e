package org.directivegraph.report;

/** Small text helpers of the reports. */
final class Texts {

    private Texts() {
    }

    /**
     * The text on one line: runs of white space (the line breaks of a PDF's layout inside a sentence) become
     * one space; {@code null} becomes the empty string.
     */
    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
