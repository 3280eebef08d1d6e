package org.directivegraph.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;

/**
 * The quads of a store or a backup file as sets, for tests that compare two of them: the quads without blank nodes
 * are compared as sets, exactly; the quads with blank nodes (the SHACL shapes and the ontology have some) are
 * compared up to a renaming of the blank nodes (Jena's {@link IsoMatcher} over quads), since a restore reads a
 * backup's blank nodes as new ones.
 */
public final class QuadSets {

    /** The quads, split into those without and those with blank nodes. */
    public record Quads(Set<Quad> ground, List<Tuple<Node>> withBlankNodes) {

        /** How many quads. */
        public long size() {
            return ground.size() + withBlankNodes.size();
        }
    }

    /** The outcome of a comparison; {@link #differences()} is 0 when the two are the same. */
    public record Comparison(long left, long right, long onlyLeft, long onlyRight, long blankLeft, long blankRight,
                             boolean blankIsomorphic) {

        /** Ground quads in only one of the two, plus the blank-node quads when they do not match (at least 1). */
        public long differences() {
            return onlyLeft + onlyRight + (blankIsomorphic ? 0 : Math.max(1, Math.abs(blankLeft - blankRight)));
        }

        @Override
        public String toString() {
            return left + " vs " + right + " quads; ground only left " + onlyLeft + ", only right " + onlyRight
                    + "; with blank nodes " + blankLeft + " vs " + blankRight + (blankIsomorphic ? " (isomorphic)" : " (NOT isomorphic)");
        }
    }

    private QuadSets() {
    }

    /** The quads of a quad source (e.g. {@code backupReader::forEachQuad}). */
    public static Quads of(Consumer<Consumer<Quad>> source) {
        Set<Quad> ground = new HashSet<>();
        List<Tuple<Node>> blank = new ArrayList<>();
        source.accept(q -> {
            if (q.getGraph().isBlank() || q.getSubject().isBlank() || q.getObject().isBlank()) {
                blank.add(TupleFactory.create4(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()));
            } else {
                ground.add(q);
            }
        });
        return new Quads(ground, blank);
    }

    /** The quads of an embedded store, read in one transaction. */
    public static Quads of(KnowledgeStore store) {
        return of(sink -> store.read(ds -> {
            ds.asDatasetGraph().find().forEachRemaining(sink);
            return null;
        }));
    }

    /** The quads of a backup or dump file. */
    public static Quads of(Path backup) {
        return of(sink -> BackupReader.of(backup).forEachQuad(sink));
    }

    /** The quads of any store, through a dump to a temporary file. */
    public static Quads ofDump(GraphStore store) {
        try {
            Path temp = Files.createTempFile("quadsets-", ".nq");
            try {
                try (OutputStream out = Files.newOutputStream(temp)) {
                    store.dump(out);
                }
                return of(temp);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compares two sets of quads. */
    public static Comparison compare(Quads left, Quads right) {
        long onlyLeft = left.ground().stream().filter(q -> !right.ground().contains(q)).count();
        long onlyRight = right.ground().stream().filter(q -> !left.ground().contains(q)).count();
        boolean iso = left.withBlankNodes().size() == right.withBlankNodes().size()
                && IsoMatcher.isomorphicTuples(left.withBlankNodes(), right.withBlankNodes());
        return new Comparison(left.size(), right.size(), onlyLeft, onlyRight, left.withBlankNodes().size(),
                right.withBlankNodes().size(), iso);
    }
}
