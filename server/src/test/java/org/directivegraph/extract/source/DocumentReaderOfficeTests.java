package org.directivegraph.extract.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.directivegraph.extract.source.UnreadableDocumentException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Word and PDF through Tika: the committed .docx, .doc and .pdf of seed 000 read to its text, and broken,
 * disguised and hostile files made here at run time are refused with their reason.
 */
class DocumentReaderOfficeTests {

    private static final String TITLE = "Triển khai thực hiện công tác dân vận của chính quyền";
    private static final String SIGNER = "Nhữ Đình Thắng";

    private final DocumentReader reader = new DocumentReader();

    @Test
    void theWordDocumentOfASeedReadsToItsText() throws Exception {
        ReadResult result = reader.readWithReport(TestDocuments.fixture(TestDocuments.DOCX));
        assertSeedText(result);
        assertThat(result.format()).isEqualTo(SourceFormat.DOCX);
        assertThat(result.mediaType()).isEqualTo(SourceFormat.DOCX.mediaType());
        assertThat(result.text().raw()).contains("I. MỤC ĐÍCH YÊU CẦU", "Chỉ thị số 33/CT-TTg ngày 26/11/2021", "Nơi nhận:")
                .doesNotContain("\r");
        assertThat(result.notes()).isEmpty();
    }

    @Test
    void wordParagraphsEndWithANewLine() throws Exception {
        String raw = reader.read(TestDocuments.fixture(TestDocuments.DOCX)).raw();
        assertThat(raw).contains("KẾ HOẠCH\n" + TITLE + "\nTrên địa bàn xã Thái Học\n");
    }

    @Test
    void theWord97DocumentOfASeedReadsToItsText() throws Exception {
        ReadResult result = reader.readWithReport(TestDocuments.fixture(TestDocuments.DOC));
        assertSeedText(result);
        assertThat(result.format()).isEqualTo(SourceFormat.DOC);
        assertThat(result.text().raw()).contains("KẾ HOẠCH\n" + TITLE + "\n").doesNotContain("\r");
    }

    @Test
    void thePdfOfASeedReadsToItsText() throws Exception {
        ReadResult result = reader.readWithReport(TestDocuments.fixture(TestDocuments.PDF));
        assertSeedText(result);
        assertThat(result.format()).isEqualTo(SourceFormat.PDF);
        assertThat(result.text().raw()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Thái Học, ngày");
    }

    @Test
    void aStreamReadsLikeTheFile() throws Exception {
        Path pdf = TestDocuments.fixture(TestDocuments.PDF);
        try (InputStream in = Files.newInputStream(pdf)) {
            assertThat(reader.read("upload.pdf", in).raw()).isEqualTo(reader.read(pdf).raw());
        }
    }

    @Test
    void theContentDecidesTheFormatNotTheName(@TempDir Path dir) throws Exception {
        Path pdfAsDocx = Files.copy(TestDocuments.fixture(TestDocuments.PDF), dir.resolve("ke-hoach.docx"));
        ReadResult result = reader.readWithReport(pdfAsDocx);
        assertThat(result.format()).isEqualTo(SourceFormat.PDF);
        assertThat(result.text().raw()).contains(SIGNER);
        assertThat(result.notes()).contains("ke-hoach.docx is really a PDF (its name says .docx): read as what it is");

        Path docxAsTxt = Files.copy(TestDocuments.fixture(TestDocuments.DOCX), dir.resolve("ke-hoach.txt"));
        assertThat(reader.readWithReport(docxAsTxt).format()).isEqualTo(SourceFormat.DOCX);

        Path textAsDocx = Files.copy(TestDocuments.seed(TestDocuments.SEED), dir.resolve("plan.docx"));
        ReadResult text = reader.readWithReport(textAsDocx);
        assertThat(text.format()).isEqualTo(SourceFormat.PLAIN_TEXT);
        assertThat(text.text().raw()).isEqualTo(Files.readString(TestDocuments.seed(TestDocuments.SEED)));
        assertThat(text.notes()).contains("plan.docx is really a text file (its name says .docx): read as what it is");
    }

    @Test
    void decomposedVietnameseFromWordIsComposedAndReported(@TempDir Path dir) throws Exception {
        List<String> lines = Files.readAllLines(TestDocuments.seed("001_09e8b167c0733129.txt"));
        Path docx = dir.resolve("nfd.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            for (String line : lines) {
                doc.createParagraph().createRun().setText(Normalizer.normalize(line.replace("*", ""), Normalizer.Form.NFD));
            }
            doc.write(out);
        }
        ReadResult result = reader.readWithReport(docx);
        assertThat(result.normalizedToNfc()).isTrue();
        assertThat(result.notes()).anySatisfy(n -> assertThat(n).startsWith("put in Unicode NFC"));
        assertThat(result.text().raw()).contains("Số: 10/KH-UBND", "Nguyễn Thị Tâm", "Lãm Hà, ngày 27 tháng 02 năm 2024");
        assertThat(Normalizer.isNormalized(result.text().raw(), Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void aPngNamedDocxIsBinary(@TempDir Path dir) throws Exception {
        byte[] png = Arrays.copyOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'}, 256);
        TestDocuments.assertRefused(reader, Files.write(dir.resolve("scan.docx"), png), Reason.BINARY,
                "scan.docx is not a Word document: it is a PNG image: if it is a scanned page, run OCR first and save the text");
    }

    @Test
    void randomBytesNamedDocxAreBinary(@TempDir Path dir) throws Exception {
        byte[] noise = new byte[4096];
        new java.util.Random(3).nextBytes(noise);
        TestDocuments.assertRefused(reader, Files.write(dir.resolve("noise.docx"), noise), Reason.BINARY, "noise.docx is not a Word document: it is binary data");
    }

    @Test
    void aTruncatedWordDocumentIsCorrupted(@TempDir Path dir) throws Exception {
        byte[] docx = Files.readAllBytes(TestDocuments.fixture(TestDocuments.DOCX));
        Path cut = Files.write(dir.resolve("plan.docx"), Arrays.copyOf(docx, docx.length / 2));
        UnreadableDocumentException e = TestDocuments.assertRefused(reader, cut, Reason.CORRUPTED, "plan.docx is not a readable Word document");
        assertThat(e).hasMessage("plan.docx is not a readable Word document (the zip archive is damaged or cut short):"
                + " save it again from Word or convert it to PDF");
    }

    @Test
    void aChangedByteInsideTheZipIsCaughtByItsChecksum(@TempDir Path dir) throws Exception {
        byte[] docx = Files.readAllBytes(TestDocuments.fixture(TestDocuments.DOCX));
        byte[] entry = "word/document.xml".getBytes(StandardCharsets.US_ASCII);
        int at = indexOf(docx, entry);
        assertThat(at).isPositive();
        docx[at + entry.length + 200] ^= 0x01;
        TestDocuments.assertRefused(reader, Files.write(dir.resolve("flipped.docx"), docx), Reason.CORRUPTED,
                "flipped.docx is not a readable Word document (the zip archive is damaged)");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    void aWordDocumentWithBrokenXmlIsCorrupted(@TempDir Path dir) throws Exception {
        Path broken = TestDocuments.rewriteEntry(TestDocuments.fixture(TestDocuments.DOCX), dir.resolve("broken.docx"), "word/document.xml",
                xml -> xml.substring(0, xml.length() / 2));
        TestDocuments.assertRefused(reader, broken, Reason.CORRUPTED, "broken.docx is not a readable Word document (");
    }

    @Test
    void aZipBombIsRefusedAtOnce(@TempDir Path dir) throws Exception {
        Path bomb = TestDocuments.zipBomb(dir.resolve("bomb.docx"), "", (byte) 0, 1100, "", -1);
        assertThat(Files.size(bomb)).isLessThan(4L * 1024 * 1024);
        UnreadableDocumentException e = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> TestDocuments.refusal(reader, bomb));
        assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(e.getMessage()).startsWith("bomb.docx looks like a zip bomb: its entry word/document.xml would unpack from ")
                .contains("to 1.1 GB").endsWith("It is not a real Word document; do not open it");
    }

    @Test
    void aZipBombThatLiesAboutItsSizeIsStoppedWhileUnpacking(@TempDir Path dir) throws Exception {
        String head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:body><w:p><w:r><w:t>Kế hoạch</w:t></w:r></w:p>";
        Path bomb = TestDocuments.zipBomb(dir.resolve("liar.docx"), head, (byte) ' ', 1100, "</w:body></w:document>", 900_000);
        UnreadableDocumentException e = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> TestDocuments.refusal(reader, bomb));
        assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(e).hasMessage("liar.docx looks like a zip bomb: its entry word/document.xml unpacks to more than the 878.9 KB it declares."
                + " It is not a real Word document; do not open it");
    }

    @Test
    void externalEntitiesInWordXmlAreNotResolved(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "XXE-SECRET-41c7");
        Path xxe = TestDocuments.rewriteEntry(TestDocuments.fixture(TestDocuments.DOCX), dir.resolve("xxe.docx"), "word/document.xml",
                xml -> xml.replaceFirst("\\?>", "?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>")
                        .replaceFirst("ỦY BAN NHÂN DÂN</w:t>", "ỦY BAN NHÂN DÂN &xxe;</w:t>"));
        assertThat(TestDocuments.entryText(xxe, "word/document.xml")).contains("<!DOCTYPE", "&xxe;");
        try {
            assertThat(reader.read(xxe).raw()).doesNotContain("XXE-SECRET");
        } catch (UnreadableDocumentException e) {
            assertThat(e.reason()).isEqualTo(Reason.CORRUPTED);
            assertThat(e.getMessage()).startsWith("xxe.docx is not a readable Word document (its XML declares a DOCTYPE")
                    .doesNotContain("XXE-SECRET");
        }
    }

    @Test
    void entityExpansionInWordXmlIsNotAllowed(@TempDir Path dir) throws Exception {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE w:document [<!ENTITY l0 \"lol lol lol lol lol lol lol lol lol lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        Path laughs = TestDocuments.rewriteEntry(TestDocuments.fixture(TestDocuments.DOCX), dir.resolve("laughs.docx"), "word/document.xml",
                xml -> xml.replaceFirst("\\?>", "?>" + dtd).replaceFirst("ỦY BAN NHÂN DÂN</w:t>", "ỦY BAN NHÂN DÂN &l9;</w:t>"));
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            try {
                assertThat(reader.read(laughs).raw().length()).isLessThan(100_000);
            } catch (UnreadableDocumentException e) {
                assertThat(e.reason()).isIn(Reason.CORRUPTED, Reason.TOO_LARGE);
            }
        });
    }

    @Test
    void aPdfWithoutTextHasNoTextLayer(@TempDir Path dir) throws Exception {
        Path scan = dir.resolve("scan.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.addRect(100, 100, 300, 400);
                cs.fill();
            }
            doc.save(scan.toFile());
        }
        UnreadableDocumentException e = TestDocuments.assertRefused(reader, scan, Reason.NO_TEXT, "scan.pdf");
        assertThat(e).hasMessage("scan.pdf has no text layer (a scanned image?): run OCR first");
    }

    @Test
    void aBlankWordDocumentHasNoText(@TempDir Path dir) throws Exception {
        Path blank = dir.resolve("blank.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(blank)) {
            doc.createParagraph();
            doc.write(out);
        }
        TestDocuments.assertRefused(reader, blank, Reason.NO_TEXT, "blank.docx has no text (it is blank, or holds only pictures)");
    }

    @Test
    void aPasswordProtectedPdfIsEncrypted(@TempDir Path dir) throws Exception {
        Path locked = dir.resolve("locked.pdf");
        try (PDDocument doc = PDDocument.class.cast(org.apache.pdfbox.Loader.loadPDF(TestDocuments.fixture(TestDocuments.PDF).toFile()))) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-pw", "user-pw", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(locked.toFile());
        }
        TestDocuments.assertRefused(reader, locked, Reason.ENCRYPTED, "locked.pdf is a PDF protected by a password: save a copy without the password");
    }

    @Test
    void aSpreadsheetIsNotRead(@TempDir Path dir) throws Exception {
        Path xlsx = dir.resolve("budget.docx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            wb.createSheet("Kinh phí").createRow(0).createCell(0).setCellValue("Kế hoạch");
            wb.write(out);
        }
        TestDocuments.assertRefused(reader, xlsx, Reason.UNSUPPORTED_TYPE, "budget.docx is an Excel workbook (.xlsx), which cannot be read");
    }

    @Test
    void aZipOfJunkIsNotAWordDocument(@TempDir Path dir) throws Exception {
        Path zip = dir.resolve("junk.docx");
        try (var zos = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            zos.putNextEntry(new java.util.zip.ZipEntry("notes/readme.txt"));
            zos.write("nothing to see".getBytes(StandardCharsets.UTF_8));
            zos.closeEntry();
        }
        TestDocuments.assertRefused(reader, zip, Reason.UNSUPPORTED_TYPE, "junk.docx is a zip archive that holds no Word document (1 entries)");
    }

    @Test
    void aWordZipWithoutItsContentTypesIsCorrupted(@TempDir Path dir) throws Exception {
        Path zip = dir.resolve("parts.docx");
        try (var zos = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            zos.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            zos.write(TestDocuments.entryText(TestDocuments.fixture(TestDocuments.DOCX), "word/document.xml").getBytes(StandardCharsets.UTF_8));
            zos.closeEntry();
        }
        TestDocuments.assertRefused(reader, zip, Reason.CORRUPTED, "parts.docx is not a readable Word document (its list of parts, [Content_Types].xml, is missing");
    }

    @Test
    void tooMuchTextFromWordIsRefused() {
        DocumentReader small = new DocumentReader(DocumentReader.Limits.DEFAULT.withMaxChars(2000));
        UnreadableDocumentException e = catchThrowableOfType(() -> small.read(TestDocuments.fixture(TestDocuments.DOCX)),
                UnreadableDocumentException.class);
        assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(e).hasMessageStartingWith(TestDocuments.DOCX + " has more than 2,000 characters of text; the limit is 2,000 (set --max-chars");
    }

    @Test
    void aConversionOverTheTimeLimitIsStopped() {
        DocumentReader hasty = new DocumentReader(DocumentReader.Limits.DEFAULT.withMaxConversionTime(Duration.ofMillis(1)));
        UnreadableDocumentException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> catchThrowableOfType(() -> hasty.read(TestDocuments.fixture(TestDocuments.PDF)), UnreadableDocumentException.class));
        assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
        assertThat(e).hasMessage(TestDocuments.PDF + " took longer than 1 ms to convert from PDF to text and was stopped: it may be damaged"
                + " or unusually complex (set --convert-timeout to allow more time, or save it as text)");
    }

    private static void assertSeedText(ReadResult result) {
        String raw = result.text().raw();
        assertThat(raw).containsPattern("Số:\\s*/KH-UBND").contains("ỦY BAN NHÂN DÂN", "XÃ THÁI HỌC", "KẾ HOẠCH", TITLE, SIGNER);
        assertThat(Normalizer.isNormalized(raw, Normalizer.Form.NFC)).isTrue();
        assertThat(result.encoding()).isEmpty();
        assertThat(VietnameseCheck.check(result.text()).isAdministrative()).isTrue();
    }

}
