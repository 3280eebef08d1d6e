package org.directivegraph.extract.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.directivegraph.bench.DatasetGenerator;

/**
 * The texts and files fuzz inputs are made from: the five seed plans of {@code data/seeds}, plan texts rendered by
 * the benchmark's generator ({@link DatasetGenerator}, in the style of the seeds), the committed Word, Word 97 and
 * PDF versions of seed 000 ({@code src/test/resources/documents}), and Word files made here from the other seeds
 * (one paragraph per line, with Apache POI).
 */
final class Corpus {

    /** A named base text or file. */
    record Base(String name, String text, byte[] bytes) {
    }

    private static List<Base> texts;
    private static List<Base> files;

    private Corpus() {
    }

    /** The seed texts and a few rendered plans (a district of Hà Nội, three communes). */
    static synchronized List<Base> texts() {
        if (texts == null) {
            List<Base> out = new ArrayList<>(seeds());
            DatasetGenerator.packaged().generate(new DatasetGenerator.Options("001", 7, 1, 3), OutputStream.nullOutputStream(),
                    g -> out.add(new Base(g.text().fileName(), g.text().text(), null)));
            texts = List.copyOf(out);
        }
        return texts;
    }

    /** The five seed texts. */
    static List<Base> seeds() {
        try (var list = Files.list(Path.of("../data/seeds"))) {
            List<Base> out = new ArrayList<>();
            for (Path p : list.filter(f -> f.getFileName().toString().matches("00\\d_.*\\.txt")).sorted().toList()) {
                out.add(new Base(p.getFileName().toString(), Files.readString(p), Files.readAllBytes(p)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Word, Word 97 and PDF files of the seeds. */
    static synchronized List<Base> files() {
        if (files == null) {
            List<Base> out = new ArrayList<>();
            for (String fixture : List.of("ke-hoach-thai-hoc.docx", "ke-hoach-thai-hoc.doc", "ke-hoach-thai-hoc.pdf")) {
                out.add(new Base(fixture, null, resource("/documents/" + fixture)));
            }
            for (Base seed : seeds().subList(1, 5)) {
                out.add(new Base(seed.name().replace(".txt", ".docx"), null, word(seed.text())));
            }
            files = List.copyOf(out);
        }
        return files;
    }

    private static byte[] resource(String path) {
        try (InputStream in = Corpus.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Word document with one paragraph per line of {@code text}. */
    static byte[] word(String text) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : text.split("\n", -1)) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
