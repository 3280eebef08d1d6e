package org.directivegraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.directivegraph.extract.DocumentText;
import org.directivegraph.extract.ExtractionSummary;
import org.directivegraph.extract.DocumentTypeNames;
import org.directivegraph.extract.Extractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Word and PDF plans are read through Tika: real .docx and .pdf files are written here from a seed's text
 * (Apache POI, PDFBox with the Liberation Sans font PDFBox ships) and read back; damaged ones are refused.
 */
class OfficeFilesTests {

    static List<String> seedLines(String seed) throws Exception {
        return Files.readAllLines(Path.of("../data/seeds", seed), StandardCharsets.UTF_8);
    }

    @Test
    void aWordPlanReadsLikeItsText(@TempDir Path dir) throws Exception {
        Path docx = dir.resolve("ke-hoach.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            for (String line : seedLines("001_09e8b167c0733129.txt")) {
                doc.createParagraph().createRun().setText(line.replace("*", "").replace("#", ""));
            }
            doc.write(out);
        }
        DocumentText text = TextFiles.read(docx, TextFiles.DEFAULT_MAX_BYTES);
        assertThat(text.raw()).contains("Số: 10/KH-UBND", "Nguyễn Thị Tâm", "Lãm Hà, ngày 27 tháng 02 năm 2024");
        var summary = ExtractionSummary.of(new Extractor().extract(text), DocumentTypeNames.abbreviations(), List.of(), List.of(), List.of());
        assertThat(summary.number()).isEqualTo("10/KH-UBND");
        assertThat(summary.date()).isEqualTo("2024-02-27");
        assertThat(summary.implementsDocuments()).extracting(ExtractionSummary.Cited::number).contains("33/CT-TTg", "41/KH-UBND");
    }

    @Test
    void aPdfPlanReadsLikeItsText(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("ke-hoach.pdf");
        List<String> lines = seedLines("000_10e9ab392167727b.txt").subList(0, 30);
        try (PDDocument doc = new PDDocument();
             InputStream fontFile = PDDocument.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            PDType0Font font = PDType0Font.load(doc, fontFile);
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, 9);
                cs.newLineAtOffset(40, 760);
                for (String line : lines) {
                    cs.showText(line.strip());
                    cs.newLineAtOffset(0, -12);
                }
                cs.endText();
            }
            doc.save(pdf.toFile());
        }
        DocumentText text = TextFiles.read(pdf, TextFiles.DEFAULT_MAX_BYTES);
        assertThat(text.raw()).contains("ỦY BAN NHÂN DÂN", "XÃ THÁI HỌC", "/KH-UBND", "KẾ HOẠCH", "Chỉ thị số 33/CT-TTg");
    }

    @Test
    void aDamagedWordFileIsRefusedWithAMessage(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("good.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(good)) {
            doc.createParagraph().createRun().setText("KẾ HOẠCH thực hiện công tác dân vận");
            doc.write(out);
        }
        byte[] bytes = Files.readAllBytes(good);
        Path broken = Files.write(dir.resolve("broken.docx"), Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> TextFiles.read(broken, TextFiles.DEFAULT_MAX_BYTES))
                .isInstanceOf(TextFiles.UnreadableFileException.class)
                .hasMessageContaining("broken.docx is not a readable document");
        Path png = Files.write(dir.resolve("picture.pdf"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        assertThatThrownBy(() -> TextFiles.read(png, TextFiles.DEFAULT_MAX_BYTES))
                .isInstanceOf(TextFiles.UnreadableFileException.class)
                .hasMessageContaining("picture.pdf");
    }
}
