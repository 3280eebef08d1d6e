package org.directivegraph.store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

/**
 * Reads a backup file (N-Quads, gzip-compressed or not: the content decides, not the name) quad by quad, streaming,
 * without holding its graphs in memory, for a restore inside one transaction. Every quad must be in a named graph
 * with an IRI. The first problem stops the reading with an {@link RdfSyntaxException} naming the file (and the
 * line and column of a syntax error): a truncated or damaged gzip file, a syntax error, a quad outside any named
 * graph, or a file with no quad at all (restoring it would empty the store). The caller's transaction is then
 * aborted, so the store keeps what it had.
 */
public final class BackupReader {

    private final Path file;
    private final String name;

    private BackupReader(Path file, String name) {
        this.file = file;
        this.name = name;
    }

    /**
     * A reader of {@code file}, named {@code name} in messages (an upload's original name, say).
     *
     * @throws RdfSyntaxException when the file does not exist or cannot be read
     */
    public static BackupReader of(Path file, String name) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new RdfSyntaxException(name, -1, -1, "does not exist or cannot be read");
        }
        return new BackupReader(file, name);
    }

    /** A reader of {@code file}, named by its path. */
    public static BackupReader of(Path file) {
        return of(file, file.toString());
    }

    /** The file's size in bytes (compressed, if it is). */
    public long fileSize() {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Whether the file is gzip-compressed. */
    public boolean gzipped() {
        try (InputStream in = Files.newInputStream(file)) {
            return in.read() == 0x1f && in.read() == 0x8b;
        } catch (IOException e) {
            throw new RdfSyntaxException(name, -1, -1, "cannot be read: " + e.getMessage());
        }
    }

    /** The N-Quads text, decompressed if need be; the caller closes it. */
    public InputStream openNQuads() throws IOException {
        boolean gz = gzipped();
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        return gz ? new GZIPInputStream(raw, 1 << 16) : raw;
    }

    /**
     * Sends every quad to {@code sink}, in the file's order.
     *
     * @return the number of quads
     * @throws RdfSyntaxException at the first problem (see the class comment); some quads may have been sent
     */
    public long forEachQuad(Consumer<Quad> sink) {
        long[] count = {0};
        StreamRDFBase stream = new StreamRDFBase() {
            @Override
            public void triple(Triple triple) {
                throw outside(count[0] + 1);
            }

            @Override
            public void quad(Quad quad) {
                Node g = quad.getGraph();
                if (g == null || Quad.isDefaultGraph(g)) {
                    throw outside(count[0] + 1);
                }
                if (!g.isURI()) {
                    throw new RdfSyntaxException(name, -1, -1, "quad " + (count[0] + 1) + " is in a graph named by a blank node ("
                            + g + "); a store's graphs are named by IRIs");
                }
                count[0]++;
                sink.accept(quad);
            }
        };
        ReadErrors in = null;
        try (ReadErrors counted = new ReadErrors(openNQuads())) {
            in = counted;
            RDFParser.source(counted).lang(Lang.NQUADS).errorHandler(stopAtFirstError()).parse(stream);
        } catch (IOException e) {
            throw unreadable(count[0], e);
        } catch (RdfSyntaxException | RiotException e) {
            // the parser reads a stream that failed (a truncated gzip file) as if it ended: say what really happened
            if (in != null && in.error != null) {
                throw unreadable(count[0], in.error);
            }
            throw e instanceof RdfSyntaxException syntax ? syntax : new RdfSyntaxException(name, -1, -1, e.getMessage());
        }
        if (in.error != null) {
            throw unreadable(count[0], in.error);
        }
        if (count[0] == 0) {
            throw new RdfSyntaxException(name, -1, -1, "holds no quads; restoring it would empty the store");
        }
        return count[0];
    }

    private RdfSyntaxException unreadable(long quads, IOException e) {
        return new RdfSyntaxException(name, -1, -1, "cannot be read after " + quads + " quads (" + e.getMessage()
                + "): is the file truncated or damaged?");
    }

    /** Remembers the first read error of a stream, which a parser may take for its end. */
    private static final class ReadErrors extends java.io.FilterInputStream {
        private IOException error;

        ReadErrors(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                error = error == null ? e : error;
                throw e;
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                error = error == null ? e : error;
                throw e;
            }
        }
    }

    private RdfSyntaxException outside(long index) {
        return new RdfSyntaxException(name, -1, -1, "quad " + index + " has no graph name: a backup holds named graphs"
                + " only (made by the backup or dump command, or POST /api/backups)");
    }

    private ErrorHandler stopAtFirstError() {
        return new ErrorHandler() {
            @Override
            public void warning(String message, long line, long col) {
                // an odd IRI or language tag does not stop a restore
            }

            @Override
            public void error(String message, long line, long col) {
                throw new RdfSyntaxException(name, line, col, message);
            }

            @Override
            public void fatal(String message, long line, long col) {
                throw new RdfSyntaxException(name, line, col, message);
            }
        };
    }
}
