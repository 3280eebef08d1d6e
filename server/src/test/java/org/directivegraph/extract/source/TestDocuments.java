package org.directivegraph.extract.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Test documents: the committed fixtures in {@code src/test/resources/documents}, the seeds in
 * {@code data/seeds}, and zip files built at run time (a zip bomb is written by hand, its deflated stream made
 * of one compressed block of zeros repeated, so that a 1.1 GB entry takes about a megabyte and no time). Public for
 * the tests of uploads over HTTP ({@code api.HostileUploadsIntegrationTests}).
 */
public final class TestDocuments {

    /** The seed whose Word, Word 97 and PDF versions are committed as fixtures. */
    static final String SEED = "000_10e9ab392167727b.txt";
    /** The fixtures made from {@link #SEED}. */
    public static final String DOCX = "ke-hoach-thai-hoc.docx";
    static final String DOC = "ke-hoach-thai-hoc.doc";
    static final String PDF = "ke-hoach-thai-hoc.pdf";

    private TestDocuments() {
    }

    /** A committed fixture. */
    public static Path fixture(String name) {
        URL url = TestDocuments.class.getResource("/documents/" + name);
        if (url == null) {
            throw new IllegalStateException("missing test fixture documents/" + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A seed text of {@code data/seeds}. */
    static Path seed(String name) {
        return Path.of("../data/seeds", name);
    }

    /** All seed texts. */
    static List<Path> seeds() throws IOException {
        try (var files = Files.list(Path.of("../data/seeds"))) {
            return files.filter(f -> f.getFileName().toString().matches("00\\d_.*\\.txt")).sorted().toList();
        }
    }

    /** A copy of a zip file with one entry's text changed. */
    public static Path rewriteEntry(Path zip, Path out, String entryName, UnaryOperator<String> change) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip));
             ZipOutputStream zos = new ZipOutputStream(Files.newOutputStream(out))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals(entryName)) {
                    data = change.apply(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                zos.putNextEntry(new ZipEntry(e.getName()));
                zos.write(data);
                zos.closeEntry();
            }
        }
        return out;
    }

    /** The text of one entry of a zip file. */
    static String entryText(Path zip, String entryName) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(entryName)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new IllegalArgumentException(entryName + " not in " + zip);
    }

    /** The minimal parts that make a zip a Word document, besides {@code word/document.xml}. */
    static Map<String, byte[]> wordParts() {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                + "</Types>").getBytes(StandardCharsets.UTF_8));
        parts.put("_rels/.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                + "Target=\"word/document.xml\"/></Relationships>").getBytes(StandardCharsets.UTF_8));
        return parts;
    }

    /**
     * Writes a Word-looking zip whose {@code word/document.xml} unpacks to {@code head}, then {@code repeat}
     * times 1 MiB of {@code fill}, then {@code tail}.
     *
     * @param declaredSize the unpacked size written in the zip headers, or -1 for the true size (a lying zip
     *     bomb declares a small one)
     */
    public static Path zipBomb(Path out, String head, byte fill, int repeat, String tail, long declaredSize) throws IOException {
        byte[] headBytes = head.getBytes(StandardCharsets.UTF_8);
        byte[] tailBytes = tail.getBytes(StandardCharsets.UTF_8);
        byte[] chunk = new byte[1 << 20];
        java.util.Arrays.fill(chunk, fill);
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        byte[] h = deflate(deflater, headBytes, Deflater.FULL_FLUSH, false);
        byte[] c = deflate(deflater, chunk, Deflater.FULL_FLUSH, false);
        byte[] t = deflate(deflater, tailBytes, Deflater.NO_FLUSH, true);
        deflater.end();
        CRC32 crc = new CRC32();
        crc.update(headBytes);
        for (int i = 0; i < repeat; i++) {
            crc.update(chunk);
        }
        crc.update(tailBytes);
        long size = headBytes.length + (long) repeat * chunk.length + tailBytes.length;
        long compressed = h.length + (long) repeat * c.length + t.length;
        List<ZipRecord> records = new ArrayList<>();
        try (OutputStream os = new java.io.BufferedOutputStream(Files.newOutputStream(out))) {
            long offset = 0;
            for (var part : wordParts().entrySet()) {
                CRC32 partCrc = new CRC32();
                partCrc.update(part.getValue());
                ZipRecord r = new ZipRecord(part.getKey(), 0, partCrc.getValue(), part.getValue().length, part.getValue().length, offset);
                offset += writeLocal(os, r);
                os.write(part.getValue());
                offset += part.getValue().length;
                records.add(r);
            }
            ZipRecord bomb = new ZipRecord("word/document.xml", 8, crc.getValue(), compressed, declaredSize < 0 ? size : declaredSize, offset);
            offset += writeLocal(os, bomb);
            os.write(h);
            for (int i = 0; i < repeat; i++) {
                os.write(c);
            }
            os.write(t);
            offset += compressed;
            records.add(bomb);
            long cdStart = offset;
            long cdSize = 0;
            for (ZipRecord r : records) {
                cdSize += writeCentral(os, r);
            }
            ByteBuffer eocd = le(22);
            eocd.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) records.size())
                    .putShort((short) records.size()).putInt((int) cdSize).putInt((int) cdStart).putShort((short) 0);
            os.write(eocd.array());
        }
        return out;
    }

    private record ZipRecord(String name, int method, long crc, long compressed, long size, long offset) {
    }

    private static int writeLocal(OutputStream os, ZipRecord r) throws IOException {
        byte[] name = r.name().getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = le(30 + name.length);
        b.putInt(0x04034b50).putShort((short) 20).putShort((short) 0).putShort((short) r.method()).putShort((short) 0)
                .putShort((short) 0x21).putInt((int) r.crc()).putInt((int) r.compressed()).putInt((int) r.size())
                .putShort((short) name.length).putShort((short) 0).put(name);
        os.write(b.array());
        return b.capacity();
    }

    private static int writeCentral(OutputStream os, ZipRecord r) throws IOException {
        byte[] name = r.name().getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = le(46 + name.length);
        b.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) 0).putShort((short) r.method())
                .putShort((short) 0).putShort((short) 0x21).putInt((int) r.crc()).putInt((int) r.compressed()).putInt((int) r.size())
                .putShort((short) name.length).putShort((short) 0).putShort((short) 0).putShort((short) 0).putShort((short) 0)
                .putInt(0).putInt((int) r.offset()).put(name);
        os.write(b.array());
        return b.capacity();
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static byte[] deflate(Deflater d, byte[] input, int flush, boolean finish) {
        d.setInput(input);
        if (finish) {
            d.finish();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        while (true) {
            int n = d.deflate(buf, 0, buf.length, finish ? Deflater.NO_FLUSH : flush);
            out.write(buf, 0, n);
            if (finish ? d.finished() : (n < buf.length && d.needsInput())) {
                break;
            }
        }
        return out.toByteArray();
    }

    /** Reads all of a stream, for tests. */
    static byte[] bytes(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The refusal of {@code file} by {@code reader}: it names the file first. */
    static UnreadableDocumentException refusal(DocumentReader reader, Path file) {
        UnreadableDocumentException e = org.assertj.core.api.Assertions.catchThrowableOfType(() -> reader.read(file),
                UnreadableDocumentException.class);
        org.assertj.core.api.Assertions.assertThat(e).as("refusal of " + file.getFileName()).isNotNull();
        org.assertj.core.api.Assertions.assertThat(e.fileName()).isEqualTo(file.getFileName().toString());
        org.assertj.core.api.Assertions.assertThat(e.getMessage()).startsWith(file.getFileName().toString());
        return e;
    }

    /** Checks that {@code reader} refuses {@code file} for {@code reason} with a message starting so. */
    static UnreadableDocumentException assertRefused(DocumentReader reader, Path file, UnreadableDocumentException.Reason reason,
            String messageStart) {
        UnreadableDocumentException e = refusal(reader, file);
        org.assertj.core.api.Assertions.assertThat(e.reason()).as(e.getMessage()).isEqualTo(reason);
        org.assertj.core.api.Assertions.assertThat(e.getMessage()).startsWith(messageStart);
        return e;
    }
}
