package org.directivegraph.store;

/** An RDF file that cannot be parsed: which file, where in it, and what is wrong. */
public final class RdfSyntaxException extends RuntimeException {

    private final String file;
    private final long line;
    private final long column;

    /**
     * @param line the line of the error, or -1 when unknown
     * @param column its column, or -1 when unknown
     */
    public RdfSyntaxException(String file, long line, long column, String problem) {
        super(file + (line > 0 ? ", line " + line + (column > 0 ? ", column " + column : "") : "") + ": " + problem);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    /** The file's name as given. */
    public String file() {
        return file;
    }

    /** The line of the error, or -1. */
    public long line() {
        return line;
    }

    /** The column of the error, or -1. */
    public long column() {
        return column;
    }
}
