package org.directivegraph.extract.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.directivegraph.extract.DocumentText;
import org.junit.jupiter.api.Test;

/**
 * The parser and the roles on the five seed plans of {@code data/seeds}: a handful of specific mentions per
 * seed, nothing taken from the document's own "Số:" line, and the number of mentions printed for comparison
 * with the gold data.
 */
class CitationSeedTests {

    static final Path SEEDS = Path.of("../data/seeds");

    record Parsed(DocumentText text, List<CitationMention> mentions, List<String> roles) {

        CitationMention first(String numberAndSymbol) {
            return mentions.stream().filter(m -> numberAndSymbol.equals(m.numberAndSymbol())).findFirst().orElseThrow(
                    () -> new AssertionError(numberAndSymbol + " not found in " + text.fileName()));
        }

        List<CitationMention> all(String numberAndSymbol) {
            return mentions.stream().filter(m -> numberAndSymbol.equals(m.numberAndSymbol())).toList();
        }

        String role(CitationMention m) {
            return roles.get(mentions.indexOf(m));
        }

        CitationMention withText(String text) {
            return mentions.stream().filter(m -> text.equals(m.text())).findFirst().orElseThrow(
                    () -> new AssertionError("\"" + text + "\" not found in " + this.text.fileName()));
        }
    }

    static Parsed seed(String prefix) throws IOException {
        try (var files = Files.list(SEEDS)) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix)
                    && p.getFileName().toString().endsWith(".txt")).findFirst().orElseThrow();
            DocumentText text = new DocumentText(file.getFileName().toString(), Files.readString(file));
            List<CitationMention> mentions = CitationParser.parse(text);
            return new Parsed(text, mentions, CitationRoles.classify(text, mentions));
        }
    }

    @Test
    void seed000() throws IOException {
        Parsed p = seed("000_");
        CitationMention district = p.mentions().get(0);
        assertThat(district.typeCode()).isEqualTo("kh");
        assertThat(district.number()).isNull();
        assertThat(district.issuerText()).isEqualTo("UBND huyện Bình Giang");
        assertThat(p.role(district)).isEqualTo(CitationRoles.IMPLEMENTS);
        CitationMention ct33 = p.first("33/CT-TTg");
        assertThat(ct33.date()).isEqualTo(LocalDate.of(2021, 11, 26));
        assertThat(ct33.issuerText()).isEqualTo("Thủ tướng Chính phủ");
        assertThat(p.role(ct33)).isEqualTo(CitationRoles.IMPLEMENTS);
        assertThat(p.all("33/CT-TTg")).hasSize(2);
        assertThat(p.role(p.all("33/CT-TTg").get(1))).isEqualTo(CitationRoles.CITES);
        CitationMention kl114 = p.first("114-KL/TW");
        assertThat(kl114.date()).isEqualTo(LocalDate.of(2015, 7, 14));
        assertThat(kl114.issuerText()).isEqualTo("Ban bí thư Trung ương Đảng");
        assertThat(p.first("35-CT/TW").date()).isEqualTo(LocalDate.of(2014, 5, 26));
        assertThat(p.first("03-QC/TU").typeCode()).isEqualTo("qc");
        assertThat(p.first("11-QĐ/TW").typeCode()).isEqualTo("qyd");
        assertThat(p.first("217-QĐ/TW").issuerText()).isEqualTo("Bộ Chính trị");
        assertThat(p.first("218-QĐ/TW").date()).isEqualTo(LocalDate.of(2013, 12, 12));
        assertThat(p.withText("Chỉ thị của Ban Thường vụ Tỉnh ủy").typeCode()).isEqualTo("ct");
        assertThat(p.mentions()).noneMatch(m -> m.text().startsWith("Luật Khiếu nại") || m.text().startsWith("Luật tiếp công dân"));
        assertThat(p.mentions()).noneMatch(m -> m.text().startsWith("Nghị quyết Đại hội"));
        assertNothingInNumberLine(p);
    }

    @Test
    void seed001() throws IOException {
        Parsed p = seed("001_");
        CitationMention district = p.first("41/KH-UBND");
        assertThat(district.date()).isEqualTo(LocalDate.of(2024, 2, 23));
        assertThat(district.issuerText()).isEqualTo("Ủy ban nhân dân quận Kiến An");
        assertThat(p.role(district)).isEqualTo(CitationRoles.IMPLEMENTS);
        assertThat(p.role(p.first("33/CT-TTg"))).isEqualTo(CitationRoles.IMPLEMENTS);
        CitationMention q217 = p.first("217-QĐ/TW");
        CitationMention q218 = p.first("218-QĐ/TW");
        assertThat(q217.span()).isEqualTo(q218.span());
        assertThat(q218.issuerText()).isEqualTo("Bộ Chính trị");
        CitationMention law = p.withText("Luật Thực hiện dân chủ ở cơ sở ngày 10/11/2022");
        assertThat(law.typeCode()).isEqualTo("luat");
        assertThat(law.date()).isEqualTo(LocalDate.of(2022, 11, 10));
        assertThat(law.subject()).isEqualTo("Thực hiện dân chủ ở cơ sở");
        CitationMention decree = p.first("04/2015/NĐ-CP");
        assertThat(decree.date()).isNull();
        assertThat(decree.year()).isEqualTo(2015);
        assertThat(p.first("446-QĐ/TW").issuerText()).isEqualTo("Ban Thường vụ Thành ủy");
        assertThat(p.all("149/KH-UBND")).extracting(CitationMention::issuerText).containsExactly("UBND thành phố", "UBND quận");
        assertNothingInNumberLine(p);
    }

    @Test
    void seed002() throws IOException {
        Parsed p = seed("002_");
        CitationMention city = p.first("641/KH-UBND");
        assertThat(city.date()).isEqualTo(LocalDate.of(2023, 5, 26));
        assertThat(city.issuerText()).isEqualTo("UBND thành phố Thanh Hóa");
        assertThat(p.role(city)).isEqualTo(CitationRoles.IMPLEMENTS);
        assertThat(p.first("01-KL/TW").date()).isEqualTo(LocalDate.of(2021, 5, 18));
        assertThat(p.first("49/QĐ-UBND").date()).isEqualTo(LocalDate.of(2023, 2, 3));
        CitationMention action = p.first("36-KH/TU");
        assertThat(action.typeWord()).isEqualTo("Kế hoạch hành động");
        assertThat(action.issuerText()).isEqualTo("Đảng ủy phường Trường Thi");
        assertThat(p.first("27-NQ/TW").date()).isEqualTo(LocalDate.of(2022, 11, 9));
        assertThat(p.mentions()).noneMatch(m -> m.text().contains("Chỉ thị, Nghị quyết"));
        assertNothingInNumberLine(p);
    }

    @Test
    void seed003() throws IOException {
        Parsed p = seed("003_");
        CitationMention province = p.first("765/KH-UBND");
        assertThat(province.issuerText()).isEqualTo("UBND tỉnh Tây Ninh");
        assertThat(p.role(province)).isEqualTo(CitationRoles.IMPLEMENTS);
        List<CitationMention> programme = p.all("30-CTr/BDVHU-UBND");
        assertThat(programme).hasSize(2);
        assertThat(p.role(programme.get(0))).isEqualTo(CitationRoles.BASED_ON);
        assertThat(p.role(programme.get(1))).isEqualTo(CitationRoles.IMPLEMENTS);
        assertThat(programme.get(0).issuerText()).isEqualTo("Ban Dân vận Huyện ủy và Ủy ban nhân dân huyện");
        assertThat(p.role(p.first("49-KH/BDVHU-UBND"))).isEqualTo(CitationRoles.IMPLEMENTS);
        CitationMention spliced = p.first("2501/QĐ-UBND");
        assertThat(spliced.date()).isEqualTo(LocalDate.of(2021, 5, 17));
        assertThat(spliced.issuerText()).isEqualTo("UBND huyện");
        assertThat(spliced.text()).isEqualTo("Quyết định số 2501/QĐ-UBND ngày 17/5/2021 của UBND huyện");
        CitationMention footnote = p.first("34-CTr/TU");
        assertThat(footnote.date()).isEqualTo(LocalDate.of(2013, 8, 28));
        assertThat(p.first("65-CV/HU").typeCode()).isEqualTo("cv");
        CitationMention ordinance = p.first("34/2007/PL-UBTVQH11");
        assertThat(ordinance.date()).isEqualTo(LocalDate.of(2007, 4, 20));
        assertThat(ordinance.issuerText()).isEqualTo("Ủy ban Thường vụ Quốc hội");
        assertThat(p.first("1563/QĐ-UBND").issuerText()).isEqualTo("Chủ tịch UBND tỉnh");
        assertThat(p.first("01/2016/TT-BNV").typeCode()).isEqualTo("tt");
        assertThat(p.mentions()).noneMatch(m -> m.text().startsWith("Kế hoạch của UBND huyện"));
        assertNothingInNumberLine(p);
    }

    @Test
    void seed004() throws IOException {
        Parsed p = seed("004_");
        CitationMention q23 = p.mentions().get(0);
        assertThat(q23.numberAndSymbol()).isEqualTo("23-QĐ/TW");
        assertThat(q23.date()).isEqualTo(LocalDate.of(2021, 7, 30));
        assertThat(q23.issuerText()).isEqualTo("Bộ Chính trị");
        assertThat(p.role(q23)).isEqualTo(CitationRoles.IMPLEMENTS);
        CitationMention directive = p.withText("Chỉ thị của UBND tỉnh");
        assertThat(p.role(directive)).isEqualTo(CitationRoles.IMPLEMENTS);
        assertThat(p.all("269-QĐ/TU")).hasSize(2);
        assertThat(p.all("33/CT-TTg")).hasSize(3);
        assertThat(p.first("145/2020/NĐ-CP").date()).isEqualTo(LocalDate.of(2020, 12, 14));
        assertThat(p.first("34/2007/PL-UBTVQH11").issuerText()).isEqualTo("ủy ban Thường vụ Quốc hội");
        assertThat(p.withText("Kế hoạch của Ban Thường vụ Huyện ủy").subject())
                .startsWith("Triển khai thực hiện Quyết định số 23-QĐ/TW");
        assertThat(p.mentions()).noneMatch(m -> m.text().startsWith("Bộ Luật lao động"));
        assertNothingInNumberLine(p);
    }

    @Test
    void allSeedsQuicklyAndCountsPrinted() throws IOException {
        long start = System.nanoTime();
        int total = 0;
        StringBuilder report = new StringBuilder();
        try (var files = Files.list(SEEDS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                DocumentText text = new DocumentText(file.getFileName().toString(), Files.readString(file));
                List<CitationMention> mentions = CitationParser.parse(text);
                List<String> roles = CitationRoles.classify(text, mentions);
                total += mentions.size();
                report.append(String.format("%s: %d mentions (%d implements, %d based-on)%n", file.getFileName(),
                        mentions.size(), roles.stream().filter(CitationRoles.IMPLEMENTS::equals).count(),
                        roles.stream().filter(CitationRoles.BASED_ON::equals).count()));
                for (CitationMention m : mentions) {
                    assertThat(text.raw().substring(m.span().start(), m.span().end())).isEqualTo(m.span().text());
                }
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.print(report);
        System.out.println("seed citations: " + total + " mentions in " + millis + " ms");
        assertThat(total).isGreaterThan(100);
    }

    /** No mention lies on the document's own "Số:" line. */
    static void assertNothingInNumberLine(Parsed p) {
        String raw = p.text().raw();
        int offset = 0;
        for (String line : raw.split("\n", -1)) {
            String trimmed = line.strip().replace("*", "");
            if (trimmed.startsWith("Số:") || trimmed.startsWith("SỐ:")) {
                int start = offset;
                int end = offset + line.length();
                assertThat(p.mentions()).noneMatch(m -> m.span().start() < end && m.span().end() > start);
            }
            offset += line.length() + 1;
        }
    }
}
