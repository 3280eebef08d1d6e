package org.directivegraph.extract.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.directivegraph.extract.structure.TestDocs.seed;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.directivegraph.extract.DocumentText;
import org.directivegraph.extract.Span;
import org.junit.jupiter.api.Test;

/**
 * Every layout parser over the five seed plans of data/seeds, asserting what data/seeds/README.md,
 * shared/seeds/README.md and the gold graph of seed 000 state.
 */
class SeedLayoutParsersTests {

    static final String S000 = "000_10e9ab392167727b";
    static final String S001 = "001_09e8b167c0733129";
    static final String S002 = "002_e8343cfd8903a018";
    static final String S003 = "003_5e30993f3c594bd5";
    static final String S004 = "004_10255b9cbb26c87c";

    @Test
    void seed000BlankNumberAndDayDatedFebruary2022() {
        DocumentText d = seed(S000);
        Header h = HeaderParser.parse(d);
        assertThat(h.numberAndSymbol()).isEqualTo("/KH-UBND");
        assertThat(h.number()).isNull();
        assertThat(h.symbol()).isEqualTo("KH-UBND");
        assertThat(h.typeCode()).isEqualTo("kh");
        assertThat(h.date()).isNull();
        assertThat(h.yearMonth()).isEqualTo(YearMonth.of(2022, 2));
        assertThat(h.year()).isEqualTo(2022);
        assertThat(h.place()).isEqualTo("Thái Học");
        assertThat(h.dateAsPrinted()).isEqualTo("Thái Học, ngày    tháng 02 năm 2022");
        assertThat(h.title()).isEqualTo("Triển khai thực hiện công tác dân vận của chính quyền Trên địa bàn xã Thái Học");
        assertThat(h.issuingBodyLines()).containsExactly("ỦY BAN NHÂN DÂN", "XÃ THÁI HỌC");
        assertThat(h.issuerText()).isEqualTo("ỦY BAN NHÂN DÂN XÃ THÁI HỌC");
        assertThat(h.issuerName()).isEqualTo("Ủy ban nhân dân xã Thái Học");
        // the gold graph's evidence spans (code points = chars here: the text is all in the BMP)
        assertSpan(h.issuerSpan(), 1, 28);
        assertSpan(h.numberSpan(), 30, 46);
        assertSpan(h.dateSpan(), 112, 147);
        assertSpan(h.titleSpan(), 158, 238);

        DocumentStructure s = StructureParser.parse(d);
        assertThat(s.sections()).extracting(Section::ordinal, Section::heading, Section::kind).containsExactly(
                tuple("I", "MỤC ĐÍCH YÊU CẦU", "purpose"),
                tuple("II", "NHIỆM VỤ TRỌNG TÂM", "content"),
                tuple("III", "TỔ CHỨC THỰC HIỆN", "organisation"));
        assertSpan(s.sections().get(0).headingSpan(), 487, 506);
        assertSpan(s.sections().get(1).headingSpan(), 1809, 1831);
        assertSpan(s.sections().get(2).headingSpan(), 8871, 8893);
        assertThat(s.tasks()).extracting(Task::ordinal, Task::position).containsExactly(
                tuple("1", 1), tuple("2", 2), tuple("3", 3), tuple("4", 4), tuple("5", 5), tuple("6", 6));
        assertThat(s.tasks()).extracting(Task::title).containsExactly(
                "Tổ chức quán triệt và thể chế hóa chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước về công tác dân vận",
                "Tiếp tục đẩy mạnh công tác tuyên truyền, giáo dục nâng cao nhận thức về công tác dân vận; gắn với việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
                "Đẩy mạnh thực hiện Chương trình cải cách hành chính, chương trình chuyển đổi số và thực hiện Quy chế dân chủ ở cơ sở",
                "Thực hiện có hiệu quả công tác tiếp xúc, đối thoại, xử lý đơn thư khiếu nại, tố cáo",
                "Nâng cao đạo đức công vụ, tinh thần trách nhiệm, ý thức phục vụ nhân dân của cán bộ, công chức",
                "Phối hợp chặt chẽ với Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội");
        int[][] gold = {{1833, 2713}, {2716, 3795}, {3798, 4938}, {4942, 6186}, {6189, 7696}, {7699, 8868}};
        for (int i = 0; i < gold.length; i++) {
            assertSpan(s.tasks().get(i).span(), gold[i][0], gold[i][1]);
        }
        assertThat(s.itemsOf(s.sections().get(2))).hasSize(3);

        List<Recipient> r = RecipientParser.parse(d);
        assertThat(r).extracting(Recipient::recipientText, Recipient::purposeCode).containsExactly(
                tuple("UBND huyện Bình Giang", null), tuple("BTV Đảng ủy – TT HĐND", null), tuple("Lãnh đạo UBND xã", null),
                tuple("Cán bộ, công chức xã", null), tuple("Lưu VP", "archive"));
        int[][] goldRecipients = {{9762, 9786}, {9788, 9812}, {9814, 9833}, {9835, 9858}, {9860, 9869}};
        for (int i = 0; i < goldRecipients.length; i++) {
            assertSpan(r.get(i).span(), goldRecipients[i][0], goldRecipients[i][1]);
        }

        Signature sig = SignatureParser.parse(d).orElseThrow();
        assertThat(sig.capacities()).containsExactly("tm");
        assertThat(sig.onBehalfOfText()).isEqualTo("ỦY BAN NHÂN DÂN");
        assertThat(sig.position()).isEqualTo("CHỦ TỊCH");
        assertThat(sig.name()).isEqualTo("Nhữ Đình Thắng");
        assertSpan(sig.span(), 9871, 9915);
    }

    @Test
    void seed001MarkdownWithTheFirstTaskNumberLost() {
        DocumentText d = seed(S001);
        Header h = HeaderParser.parse(d);
        assertThat(h.numberAndSymbol()).isEqualTo("10/KH-UBND");
        assertThat(h.number()).isEqualTo("10");
        assertThat(h.date()).isEqualTo(LocalDate.of(2024, 2, 27));
        assertThat(h.place()).isEqualTo("Lãm Hà");
        assertThat(h.title()).isEqualTo("Triển khai thực hiện công tác dân vận chính quyền năm 2024");
        assertThat(h.issuingBodyLines()).isEmpty();
        assertThat(h.issuerSource()).isEqualTo(Header.IssuerSource.BODY);
        assertThat(h.issuerText()).isEqualTo("Ủy ban nhân dân phường Lãm Hà");

        DocumentStructure s = StructureParser.parse(d);
        assertThat(s.sections()).extracting(Section::ordinal, Section::heading, Section::kind).containsExactly(
                tuple("I", "MỤC ĐÍCH YÊU CẦU", "purpose"),
                tuple("II", "NỘI DUNG", "content"),
                tuple("III", "TỔ CHỨC THỰC HIỆN", "organisation"));
        assertThat(s.tasks()).extracting(Task::ordinal, Task::position).containsExactly(
                tuple(null, 1), tuple("2", 2), tuple("3", 3), tuple("4", 4), tuple("5", 5));
        assertThat(s.tasks().get(0).title()).isEqualTo(
                "Phổ biến, quán triệt, tuyên truyền và triển khai các văn bản của Trung ương, thành phố, quận về công tác dân vận gắn với việc thực hiện dân chủ ở cơ sở");
        assertThat(s.tasks().get(1).title()).startsWith("Gắn thực hiện công tác dân vận với đẩy mạnh cải cách hành chính. Tăng cường");
        assertThat(s.itemsOf(s.sections().get(2))).extracting(Item::ordinal, Item::title)
                .containsExactly(tuple("1", "Văn phòng UBND phường"), tuple("2", "Các ban, ngành, đoàn thể phường"));

        List<Recipient> r = RecipientParser.parse(d);
        assertThat(r).hasSize(7);
        assertThat(r.get(6)).extracting(Recipient::recipientText, Recipient::purposeCode).containsExactly("Lưu: VT, VPTK", "archive");

        Signature sig = SignatureParser.parse(d).orElseThrow();
        assertThat(sig.capacities()).containsExactly("tm", "kt");
        assertThat(sig.position()).isEqualTo("PHÓ CHỦ TỊCH");
        assertThat(sig.name()).isEqualTo("Nguyễn Thị Tâm");
    }

    @Test
    void seed002HasNoHeaderBlock() {
        DocumentText d = seed(S002);
        Header h = HeaderParser.parse(d);
        assertThat(h.numberAndSymbol()).isNull();
        assertThat(h.dateAsPrinted()).isNull();
        assertThat(h.year()).isNull();
        assertThat(h.typeCode()).isEqualTo("kh");
        assertThat(h.title()).startsWith("Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ")
                .endsWith("“Năm đẩy mạnh phong trào thi đua Dân vận khéo” 2023");
        assertSpan(h.titleSpan(), 12, 288);
        assertSpan(h.issuerSpan(), 662, 686);
        assertThat(h.issuerSource()).isEqualTo(Header.IssuerSource.BODY);
        assertThat(h.issuerText()).isEqualTo("UBND phường Trường Thi");

        DocumentStructure s = StructureParser.parse(d);
        assertThat(s.sections()).extracting(Section::ordinal, Section::heading, Section::kind).containsExactly(
                tuple("I", "MỤC ĐÍCH, YÊU CẦU", "purpose"),
                tuple("II", "NỘI DUNG THỰC HIỆN", "content"),
                tuple("III", "TỔ CHỨC THỰC HIỆN", "organisation"));
        assertThat(s.tasks()).hasSize(7);
        assertThat(s.tasks().get(0).title()).as("a heading set apart by bullets is the title whole").isEqualTo(
                "Tuyên truyền, quán triệt các Chỉ thị, Nghị quyết của Đảng, chính sách pháp luật của Nhà nước; các Quy chế, Chỉ thị, "
                        + "kết luận, văn bản chỉ đạo của tỉnh, thành phố về công tác dân vận trong tình hình mới. Nâng cao nhận thức "
                        + "về công tác dân vận; các phong trào thi đua gắn với việc học tập và làm theo tấm gương đạo đức, phong cách Hồ Chí Minh");
        assertThat(s.tasks()).extracting(Task::title).contains(
                "Nâng cao hiệu quả hoạt động tiếp công dân, giải quyết khiếu nại, tố cáo, phản ánh kiến nghị",
                "Công tác phối hợp với Ủy ban MTTQ và các tổ chức chính trị xã hội");
        assertThat(s.itemsOf(s.sections().get(0))).extracting(Item::title).containsExactly("Mục đích", "Yêu cầu");

        List<Recipient> r = RecipientParser.parse(d);
        assertThat(r).extracting(Recipient::recipientText, Recipient::purposeCode).containsExactly(
                tuple("UBND thành phố", null), tuple("TT ĐU-HĐND-UBND phường", "report"),
                tuple("Chủ tịch, các Phó Chủ tịch", null), tuple("MTTQ và các đoàn thể", "coordinate"),
                tuple("Công chức chuyên môn", null), tuple("Lưu VP", "archive"));

        Signature sig = SignatureParser.parse(d).orElseThrow();
        assertThat(sig.capacities()).isEmpty();
        assertThat(sig.position()).isEqualTo("CHỦ TỊCH");
        assertThat(sig.name()).isEqualTo("Cao Thiện Cường");
    }

    @Test
    void seed003HasNoNumberLineABlankDateAndNoSignerName() {
        DocumentText d = seed(S003);
        Header h = HeaderParser.parse(d);
        assertThat(h.numberAndSymbol()).isNull();
        assertThat(h.year()).isEqualTo(2023);
        assertThat(h.yearMonth()).isNull();
        assertThat(h.date()).isNull();
        assertThat(h.place()).isEqualTo("Huyện Dương Minh Châu");
        assertThat(h.dateAsPrinted()).isEqualTo("Huyện Dương Minh Châu, ngày     tháng    năm 2023");
        assertThat(h.title()).isEqualTo("Thực hiện công tác dân vận chính quyền năm 2023");
        assertThat(h.issuerText()).isEqualTo("UBND huyện Dương Minh Châu");

        DocumentStructure s = StructureParser.parse(d);
        assertThat(s.sections()).extracting(Section::ordinal, Section::heading, Section::kind).containsExactly(
                tuple("I", "MỤC ĐÍCH, YÊU CẦU", "purpose"),
                tuple("II", "NỘI DUNG THỰC HIỆN", "content"),
                tuple("III", "MỘT SỐ CHỈ TIÊU CỤ THỂ NĂM 2023", "indicators"),
                tuple("IV", "TỔ CHỨC THỰC HIỆN", "organisation"));
        assertThat(s.tasks()).extracting(Task::ordinal).containsExactly("1", "2", "3", "4", "5");
        assertThat(s.itemsOf(s.sections().get(2))).hasSize(6)
                .first().extracting(Item::title).asString().startsWith("100% cán bộ, công chức, viên chức");
        assertThat(s.itemsOf(s.sections().get(3))).extracting(Item::ordinal).containsExactly(
                "1", "2", "2.a", "2.b", "2.c", "2.d", "2.đ", "2.e", "2.g");
        assertThat(s.tasks().get(1).title()).isEqualTo("Gắn thực hiện công tác dân vận với đẩy mạnh thực hiện Chương trình cải cách "
                + "hành chính. Tăng cường giáo dục đạo đức công vụ, nâng cao tinh thần trách nhiệm, ý thức phục vụ Nhân dân của cán bộ, "
                + "công chức, viên chức");
        assertThat(s.tasks().get(1).span().text()).as("the spliced footnote stays inside the task's span").contains("Chương trình hành động số 34-CTr/TU");
        assertThat(s.tasks().get(1).evidence()).as("and out of its evidence").hasSize(2);
        assertSpan(s.tasks().get(1).evidence().get(0), 3795, 4716);
        assertSpan(s.tasks().get(1).evidence().get(1), 5643, 7105);
        assertThat(s.tasks().get(0).evidence()).containsExactly(s.tasks().get(0).span());

        List<Recipient> r = RecipientParser.parse(d);
        assertThat(r).hasSize(11);
        assertThat(r.get(10)).extracting(Recipient::recipientText, Recipient::purposeCode).containsExactly("Lưu: VT, PNV", "archive");

        Signature sig = SignatureParser.parse(d).orElseThrow();
        assertThat(sig.capacities()).isEmpty();
        assertThat(sig.position()).isEqualTo("CHỦ TỊCH");
        assertThat(sig.name()).isNull();
    }

    @Test
    void seed004BlankNumberAndDayDatedJanuary2023() {
        DocumentText d = seed(S004);
        Header h = HeaderParser.parse(d);
        assertThat(h.numberAndSymbol()).isEqualTo("/KH-UBND");
        assertThat(h.number()).isNull();
        assertThat(h.yearMonth()).isEqualTo(YearMonth.of(2023, 1));
        assertThat(h.date()).isNull();
        assertThat(h.place()).isEqualTo("Nam Chính");
        assertThat(h.issuerText()).isEqualTo("ỦY BAN NHÂN DÂN XÃ NAM CHÍNH");
        assertThat(h.issuerName()).isEqualTo("Ủy ban nhân dân xã Nam Chính");
        assertThat(h.title()).isEqualTo("Thực hiện Quy chế dân chủ ở cơ sở’ và công tác dân vận chính quyền năm 2023");

        DocumentStructure s = StructureParser.parse(d);
        assertThat(s.sections()).extracting(Section::ordinal, Section::kind)
                .containsExactly(tuple("I", "purpose"), tuple("II", "content"), tuple("III", "organisation"));
        assertThat(s.itemsOf(s.sections().get(0))).hasSize(7);
        assertThat(s.tasks()).hasSize(10);
        assertThat(s.itemsOf(s.sections().get(2))).hasSize(3);
        assertThat(s.sections().get(2).span().text()).as("the closing 'Yêu cầu …./.' is not part of section III")
                .doesNotContain("Yêu cầu các ban");

        List<Recipient> r = RecipientParser.parse(d);
        assertThat(r).extracting(Recipient::recipientText, Recipient::purposeCode).containsExactly(
                tuple("Phòng Nội vụ", "report"), tuple("BCH Đảng bộ", null),
                tuple("Các tổ chức chính trị - xã hội", null), tuple("Lưu", "archive"));

        Signature sig = SignatureParser.parse(d).orElseThrow();
        assertThat(sig.capacities()).containsExactly("tm");
        assertThat(sig.onBehalfOfText()).isEqualTo("ỦY BAN NHÂN DÂN XÃ");
        assertThat(sig.position()).isEqualTo("CHỦ TỊCH");
        assertThat(sig.name()).isEqualTo("Trần Văn Xuyến");
    }

    @Test
    void everySpanOfEverySeedIsExactlyItsText() {
        for (String stem : List.of(S000, S001, S002, S003, S004)) {
            DocumentText d = seed(stem);
            List<Span> spans = new ArrayList<>();
            Header h = HeaderParser.parse(d);
            spans.addAll(java.util.stream.Stream.of(h.issuingBodySpan(), h.issuerSpan(), h.numberSpan(), h.typeSpan(),
                    h.dateSpan(), h.titleSpan()).filter(java.util.Objects::nonNull).toList());
            DocumentStructure s = StructureParser.parse(d);
            s.sections().forEach(x -> {
                spans.add(x.headingSpan());
                spans.add(x.span());
            });
            s.items().forEach(x -> {
                spans.add(x.span());
                spans.add(x.titleSpan());
                assertThat(x.span().contains(x.titleSpan())).as(stem + " " + x.ordinal()).isTrue();
            });
            RecipientParser.parse(d).forEach(x -> spans.add(x.span()));
            SignatureParser.parse(d).ifPresent(x -> spans.add(x.span()));
            for (Span span : spans) {
                assertThat(d.raw().substring(span.start(), span.end())).as(stem).isEqualTo(span.text());
                assertThat(span.text()).as(stem + " span is trimmed").isEqualTo(span.text().strip());
            }
        }
    }

    private static void assertSpan(Span span, int start, int end) {
        assertThat(span).isNotNull();
        assertThat(new int[] {span.start(), span.end()}).as(span.text()).containsExactly(start, end);
    }
}
