package org.directivegraph.extract.structure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.directivegraph.extract.DocumentText;

/** Small hand-written documents and the seed plans for the layout parsers' tests. */
final class TestDocs {

    private TestDocs() {
    }

    /** A document of the given lines joined with '\n'. */
    static DocumentText doc(String... lines) {
        return new DocumentText("test.txt", String.join("\n", lines));
    }

    /** A seed plan of data/seeds (run from the server module). */
    static DocumentText seed(String stem) {
        Path path = Path.of("../data/seeds/" + stem + ".txt");
        try {
            return new DocumentText(path.getFileName().toString(), Files.readString(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
