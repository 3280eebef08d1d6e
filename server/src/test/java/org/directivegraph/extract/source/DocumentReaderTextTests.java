package org.directivegraph.extract.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.Random;

import org.directivegraph.extract.DocumentText;
import org.directivegraph.extract.source.UnreadableDocumentException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plain text and Markdown: kept exactly, decoded strictly, and bad files refused with a reason and a message. */
class DocumentReaderTextTests {

    private final DocumentReader reader = new DocumentReader();

    @Test
    void theSeedsReadExactlyAsTheyAre() throws Exception {
        for (Path seed : TestDocuments.seeds()) {
            ReadResult result = reader.readWithReport(seed);
            assertThat(result.text().raw()).isEqualTo(Files.readString(seed, StandardCharsets.UTF_8));
            assertThat(result.text().fileName()).isEqualTo(seed.getFileName().toString());
            assertThat(result.format()).isEqualTo(SourceFormat.PLAIN_TEXT);
            assertThat(result.encoding()).isEqualTo("UTF-8");
            assertThat(result.normalizedToNfc()).isFalse();
            assertThat(result.notes()).isEmpty();
        }
    }

    @Test
    void markdownIsReadAsTextWithItsMarkup(@TempDir Path dir) throws Exception {
        Path md = Files.copy(TestDocuments.seed("001_09e8b167c0733129.txt"), dir.resolve("ke-hoach.md"));
        ReadResult result = reader.readWithReport(md);
        assertThat(result.format()).isEqualTo(SourceFormat.MARKDOWN);
        assertThat(result.text().raw()).isEqualTo(Files.readString(md)).contains("**KẾ HOẠCH**", "Số: 10/KH-UBND", "**Nguyễn Thị Tâm**");
    }

    @Test
    void theTextIsNotTrimmedNorNormalised(@TempDir Path dir) throws Exception {
        String nfd = Normalizer.normalize("  Kế hoạch\r\n\tthực hiện công tác dân vận năm 2024  \n\n", Normalizer.Form.NFD);
        Path file = Files.writeString(dir.resolve("nfd.txt"), nfd);
        assertThat(reader.read(file).raw()).isEqualTo(nfd);
    }

    @Test
    void aUtf8ByteOrderMarkIsDroppedAndNothingElse(@TempDir Path dir) throws Exception {
        String text = "Số: 10/KH-UBND\n";
        Path file = dir.resolve("bom.txt");
        Files.write(file, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8)));
        assertThat(reader.read(file).raw()).isEqualTo(text);
    }

    @Test
    void utf16WithAByteOrderMarkIsRead(@TempDir Path dir) throws Exception {
        String text = Files.readString(TestDocuments.seed(TestDocuments.SEED));
        Path le = dir.resolve("utf16le.txt");
        Files.write(le, concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)));
        Path be = dir.resolve("utf16be.txt");
        Files.write(be, text.getBytes(StandardCharsets.UTF_16)); // Java writes big-endian with a byte order mark
        ReadResult little = reader.readWithReport(le);
        assertThat(little.text().raw()).isEqualTo(text);
        assertThat(little.encoding()).isEqualTo("UTF-16LE");
        assertThat(reader.readWithReport(be).text().raw()).isEqualTo(text);
        assertThat(reader.readWithReport(be).encoding()).isEqualTo("UTF-16BE");
    }

    @Test
    void utf16WithoutAByteOrderMarkIsRefused(@TempDir Path dir) throws Exception {
        Path file = Files.write(dir.resolve("no-bom.txt"), "Kế hoạch thực hiện công tác dân vận năm 2024".getBytes(StandardCharsets.UTF_16LE));
        TestDocuments.assertRefused(reader, file, Reason.ENCODING, "no-bom.txt looks like UTF-16 text without a byte order mark");
    }

    @Test
    void vietnameseInWindows1258IsDecodedAndComposed(@TempDir Path dir) throws Exception {
        String text = String.join("\n", Files.readAllLines(TestDocuments.seed(TestDocuments.SEED)).subList(0, 40)).replace("–", "-")
                .replace("“", "\"").replace("”", "\"");
        Path file = Files.write(dir.resolve("cp1258.txt"), windows1258(text));
        ReadResult result = reader.readWithReport(file);
        assertThat(result.encoding()).isEqualTo("windows-1258");
        assertThat(result.text().raw()).isEqualTo(text);
        assertThat(result.normalizedToNfc()).isTrue();
        assertThat(result.notes()).anySatisfy(n -> assertThat(n).contains("Windows-1258"));
    }

    @Test
    void latin1FrenchIsRefusedNamingTheByteOffset(@TempDir Path dir) throws Exception {
        String french = "Le conseil municipal a décidé de renforcer la coopération entre les services de la ville.";
        Path file = Files.write(dir.resolve("latin1.txt"), french.getBytes(StandardCharsets.ISO_8859_1));
        int offset = french.indexOf('é');
        TestDocuments.assertRefused(reader, file, Reason.ENCODING, "latin1.txt is not UTF-8 text (byte 0xE9 at offset " + offset + " is not valid UTF-8)");
    }

    @Test
    void aCutUtf8SequenceIsRefusedAtItsOffset(@TempDir Path dir) throws Exception {
        byte[] good = "Kế hoạch số 10".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(good, 3); // 'K' and two of the three bytes of 'ế'
        Path file = Files.write(dir.resolve("cut.md"), concat(cut, " rest".getBytes(StandardCharsets.US_ASCII)));
        TestDocuments.assertRefused(reader, file, Reason.ENCODING, "cut.md is not UTF-8 text (byte 0xE1 at offset 1");
    }

    @Test
    void anEmptyFileIsRefused(@TempDir Path dir) throws Exception {
        Path file = Files.createFile(dir.resolve("empty.txt"));
        assertThat(TestDocuments.refusal(reader, file)).hasMessage("empty.txt is empty").extracting(UnreadableDocumentException::reason).isEqualTo(Reason.EMPTY);
        assertThat(catchThrowableOfType(() -> reader.read("empty.txt", InputStream.nullInputStream()), UnreadableDocumentException.class)
                .reason()).isEqualTo(Reason.EMPTY);
    }

    @Test
    void whiteSpaceAloneIsNoText(@TempDir Path dir) throws Exception {
        TestDocuments.assertRefused(reader, Files.writeString(dir.resolve("blank.txt"), " \n\t\r\n  "), Reason.NO_TEXT, "blank.txt has no text (only white space)");
        Path bomOnly = Files.write(dir.resolve("bom-only.txt"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n'});
        TestDocuments.assertRefused(reader, bomOnly, Reason.NO_TEXT, "bom-only.txt has no text");
    }

    @Test
    void randomBytesNamedTxtAreBinary(@TempDir Path dir) throws Exception {
        byte[] noise = new byte[8192];
        new Random(42).nextBytes(noise);
        Path file = Files.write(dir.resolve("noise.txt"), noise);
        TestDocuments.assertRefused(reader, file, Reason.BINARY, "noise.txt is not a text file: it is binary data (");
    }

    @Test
    void controlBytesWithoutZerosAreBinary(@TempDir Path dir) throws Exception {
        byte[] data = new byte[4000];
        Random random = new Random(7);
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i % 10 == 0 ? 1 + random.nextInt(7) : 'a' + random.nextInt(26));
        }
        TestDocuments.assertRefused(reader, Files.write(dir.resolve("controls.md"), data), Reason.BINARY, "controls.md is not a Markdown file: it is binary data");
    }

    @Test
    void aKnownBinaryFormatIsNamed(@TempDir Path dir) throws Exception {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};
        TestDocuments.assertRefused(reader, Files.write(dir.resolve("photo.txt"), jpeg), Reason.BINARY,
                "photo.txt is not a text file: it is a JPEG image: if it is a scanned page, run OCR first");
    }

    @Test
    void rtfIsNotRead(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("ke-hoach.txt"), "{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}} K\\'e1 ho\\'e1ch}");
        TestDocuments.assertRefused(reader, file, Reason.UNSUPPORTED_TYPE, "ke-hoach.txt is an RTF document, which cannot be read: save it as Word (.docx), PDF or UTF-8 text");
    }

    @Test
    void a50MegabyteFileIsRefusedAtOnceFromItsSize(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.txt");
        byte[] block = "Kế hoạch thực hiện công tác dân vận năm 2024.\n".repeat(22_000).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(big)) {
            for (long written = 0; written < 50L * 1024 * 1024; written += block.length) {
                out.write(block, 0, (int) Math.min(block.length, 50L * 1024 * 1024 - written));
            }
        }
        assertThat(Files.size(big)).isEqualTo(50L * 1024 * 1024);
        UnreadableDocumentException e = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> TestDocuments.refusal(reader, big));
        assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(e).hasMessage("big.txt is 50.0 MB; the limit is 20 MB (set --max-file-size to raise it)");
    }

    @Test
    void anEndlessStreamIsCutAtTheLimit() {
        DocumentReader small = new DocumentReader(DocumentReader.Limits.DEFAULT.withMaxFileBytes(1024 * 1024));
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'a';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 'a');
                return len;
            }
        };
        UnreadableDocumentException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> catchThrowableOfType(() -> small.read("stream.txt", endless), UnreadableDocumentException.class));
        assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(e).hasMessage("stream.txt is more than 1 MB; the limit is 1 MB (set --max-file-size to raise it)");
    }

    @Test
    void tooManyCharactersAreRefused(@TempDir Path dir) throws Exception {
        DocumentReader small = new DocumentReader(DocumentReader.Limits.DEFAULT.withMaxChars(1000));
        Path file = Files.writeString(dir.resolve("long.txt"), "Kế hoạch ".repeat(200));
        UnreadableDocumentException e = catchThrowableOfType(() -> small.read(file), UnreadableDocumentException.class);
        assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(e).hasMessage("long.txt has more than 1,000 characters of text; the limit is 1,000 (set --max-chars to raise it;"
                + " a plan is rarely over 200,000)");
    }

    @Test
    void aMissingFileOrAFolderCannotBeOpened(@TempDir Path dir) {
        TestDocuments.assertRefused(reader, dir.resolve("missing.txt"), Reason.CANNOT_OPEN, "missing.txt does not exist");
        TestDocuments.assertRefused(reader, dir, Reason.CANNOT_OPEN, dir.getFileName() + " is a folder, not a file");
    }

    @Test
    void aDeviceIsNotADocument() {
        Path devNull = Path.of("/dev/null");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(devNull));
        TestDocuments.assertRefused(reader, devNull, Reason.CANNOT_OPEN, "null is not a regular file");
    }

    @Test
    void aStreamReadsLikeTheFile() throws Exception {
        Path seed = TestDocuments.seed("004_10255b9cbb26c87c.txt");
        try (InputStream in = Files.newInputStream(seed)) {
            DocumentText text = reader.read("004.txt", in);
            assertThat(text).isEqualTo(new DocumentText("004.txt", Files.readString(seed)));
        }
        assertThat(reader.read(null, new ByteArrayInputStream("Kế hoạch".getBytes(StandardCharsets.UTF_8))).fileName()).isEqualTo("document");
    }

    @Test
    void readingLeavesTheFileAsItWas(@TempDir Path dir) throws Exception {
        byte[] bad = {'a', (byte) 0xC3, 'b'};
        Path file = Files.write(dir.resolve("bad.txt"), bad);
        var before = Files.getLastModifiedTime(file);
        TestDocuments.assertRefused(reader, file, Reason.ENCODING, "bad.txt is not UTF-8 text");
        assertThat(Files.readAllBytes(file)).isEqualTo(bad);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(before);
    }

    @Test
    void limitsMustBePositive() {
        assertThatThrownBy(() -> new DocumentReader.Limits(0, 1, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DocumentReader.Limits.DEFAULT.withMaxChars(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DocumentReader.Limits.DEFAULT.withMaxConversionTime(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThat(DocumentReader.Limits.DEFAULT).isEqualTo(new DocumentReader.Limits(20L << 20, 5_000_000, Duration.ofSeconds(60)));
    }


    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Vietnamese in Windows-1258: vowels with circumflex, breve or horn precomposed, tone marks as combining characters. */
    static byte[] windows1258(String text) throws Exception {
        StringBuilder out = new StringBuilder();
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder tones = new StringBuilder();
        StringBuilder base = new StringBuilder();
        for (int i = 0; i <= nfd.length(); i++) {
            char c = i < nfd.length() ? nfd.charAt(i) : 'x';
            boolean mark = i < nfd.length() && Character.getType(c) == Character.NON_SPACING_MARK;
            if (mark && "\u0300\u0301\u0303\u0309\u0323".indexOf(c) >= 0) {
                tones.append(c);
            } else if (mark) {
                base.append(c);
            } else {
                out.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tones);
                base.setLength(0);
                tones.setLength(0);
                base.append(c);
            }
        }
        return toArray(Charset.forName("windows-1258").newEncoder().encode(java.nio.CharBuffer.wrap(out)));
    }

    private static byte[] toArray(java.nio.ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }
}
