package org.directivegraph.extract.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.directivegraph.extract.structure.TestDocs.doc;

import java.util.List;

import org.directivegraph.extract.DocumentText;
import org.directivegraph.extract.Span;
import org.junit.jupiter.api.Test;

/** {@link StructureParser} on small documents: sections, their kinds, items, tasks and the messy cases. */
class StructureParserTests {

    @Test
    void classifiesSectionsByTheKeywordsOfTheVocabulary() {
        DocumentStructure s = StructureParser.parse(doc(
                "KẾ HOẠCH",
                "Thực hiện công tác dân vận",
                "",
                "I. MỤC ĐÍCH, YÊU CẦU",
                "- Nâng cao nhận thức.",
                "II- NHIỆM VỤ VÀ GIẢI PHÁP",
                "1. Tuyên truyền.",
                "III. MỘT SỐ CHỈ TIÊU",
                "1. 100% cán bộ được quán triệt.",
                "IV. TỔ CHỨC THỰC HIỆN",
                "1. Văn phòng tham mưu.",
                "V. KINH PHÍ",
                "Kinh phí từ ngân sách xã.",
                "",
                "Trên đây là Kế hoạch của UBND xã./.",
                "Nơi nhận:",
                "- Lưu: VT."));
        assertThat(s.sections()).extracting(Section::ordinal, Section::heading, Section::kind, Section::position)
                .containsExactly(
                        tuple("I", "MỤC ĐÍCH, YÊU CẦU", "purpose", 1),
                        tuple("II", "NHIỆM VỤ VÀ GIẢI PHÁP", "content", 2),
                        tuple("III", "MỘT SỐ CHỈ TIÊU", "indicators", 3),
                        tuple("IV", "TỔ CHỨC THỰC HIỆN", "organisation", 4),
                        tuple("V", "KINH PHÍ", "other", 5));
        assertThat(s.sections().get(0).headingSpan().text()).isEqualTo("I. MỤC ĐÍCH, YÊU CẦU");
        assertThat(s.sections().get(0).span().text()).isEqualTo("I. MỤC ĐÍCH, YÊU CẦU\n- Nâng cao nhận thức.");
        assertThat(s.sections().get(4).span().text()).as("the last section ends before the closing")
                .isEqualTo("V. KINH PHÍ\nKinh phí từ ngân sách xã.");
        assertThat(s.tasks()).extracting(Task::ordinal, Task::title, Task::sectionPosition)
                .containsExactly(tuple("1", "Tuyên truyền", 2));
        assertThat(s.items()).extracting(Item::title)
                .containsExactly("Tuyên truyền", "100% cán bộ được quán triệt", "Văn phòng tham mưu");
    }

    @Test
    void numberedItemsAcceptMissingSpacesDoubledDotsAndLeadingSpaces() {
        DocumentStructure s = StructureParser.parse(doc(
                "II. NHIỆM VỤ TRỌNG TÂM",
                " 1. Tổ chức quán triệt và thể chế hóa chủ trương, đường lối của Đảng, chính ",
                "",
                "sách, pháp luật của Nhà nước về công tác dân vận. Tổ chức quán triệt trong tình hình 1 mới.",
                "",
                "2.Tiếp tục đẩy mạnh công tác tuyên truyền. Vận động nhân dân.",
                "",
                "   3.. Đẩy mạnh cải cách hành chính",
                "giai đoạn",
                "2021 - 2030 theo Nghị quyết số 76/NQ-CP.",
                "III. TỔ CHỨC THỰC HIỆN"));
        assertThat(s.tasks()).extracting(Task::ordinal, Task::position, Task::title).containsExactly(
                tuple("1", 1, "Tổ chức quán triệt và thể chế hóa chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước về công tác dân vận"),
                tuple("2", 2, "Tiếp tục đẩy mạnh công tác tuyên truyền"),
                tuple("3", 3, "Đẩy mạnh cải cách hành chính giai đoạn 2021 - 2030 theo Nghị quyết số 76/NQ-CP"));
        assertThat(s.tasks().get(0).span().text()).startsWith("1. Tổ chức").endsWith("tình hình 1 mới.");
        assertThat(s.tasks().get(1).span().text()).isEqualTo("2.Tiếp tục đẩy mạnh công tác tuyên truyền. Vận động nhân dân.");
        assertThat(s.tasks().get(2).span().text()).startsWith("3.. Đẩy mạnh").endsWith("76/NQ-CP.");
    }

    @Test
    void aNumberInsideAWrappedSentenceOrAPageNumberIsNotAnItem() {
        DocumentStructure s = StructureParser.parse(doc(
                "II. NỘI DUNG",
                "1. Thực hiện tốt quy định tại Khoản",
                "2. Điều 5 của Luật Thực hiện dân chủ ở cơ sở; giữ gìn an ninh,",
                "",
                "7",
                "",
                "trật tự. Thực hiện đúng quy định.",
                "3. Tổ chức sơ kết.",
                "2. Triển khai thực hiện kế hoạch.",
                "III. TỔ CHỨC THỰC HIỆN"));
        assertThat(s.tasks()).extracting(Task::ordinal, Task::title).containsExactly(
                tuple("1", "Thực hiện tốt quy định tại Khoản 2. Điều 5 của Luật Thực hiện dân chủ ở cơ sở; giữ gìn an ninh, trật tự"),
                tuple("2", "Triển khai thực hiện kế hoạch"));
        assertThat(s.tasks().get(0).span().text()).as("the page number and the out-of-sequence '3.' stay inside item 1")
                .contains("\n7\n").endsWith("3. Tổ chức sơ kết.");
    }

    @Test
    void letteredSubItemsFollowTheVietnameseAlphabetWithDd() {
        DocumentStructure s = StructureParser.parse(doc(
                "IV. TỔ CHỨC THỰC HIỆN",
                "1. Trách nhiệm chung",
                "- Xây dựng kế hoạch.",
                "2. Các cơ quan sau đây có trách nhiệm:",
                "a) Phòng Nội vụ",
                "- Tham mưu UBND huyện.",
                "b) Phòng Tư pháp",
                "c) Thanh tra huyện",
                "d) Văn phòng HĐND và UBND huyện",
                "đ) Phòng Văn hóa và Thông tin",
                "- Đăng tin, bài.",
                "e) Công an huyện",
                "g) UBND các xã, thị trấn",
                "- Tham mưu Đảng ủy.",
                "",
                "Trên đây là Kế hoạch./."));
        assertThat(s.items()).extracting(Item::ordinal, Item::level, Item::position, Item::parentOrdinal, Item::title)
                .containsExactly(
                        tuple("1", 1, 1, null, "Trách nhiệm chung"),
                        tuple("2", 1, 2, null, "Các cơ quan sau đây có trách nhiệm:".replace(":", "")),
                        tuple("2.a", 2, 1, "2", "Phòng Nội vụ"),
                        tuple("2.b", 2, 2, "2", "Phòng Tư pháp"),
                        tuple("2.c", 2, 3, "2", "Thanh tra huyện"),
                        tuple("2.d", 2, 4, "2", "Văn phòng HĐND và UBND huyện"),
                        tuple("2.đ", 2, 5, "2", "Phòng Văn hóa và Thông tin"),
                        tuple("2.e", 2, 6, "2", "Công an huyện"),
                        tuple("2.g", 2, 7, "2", "UBND các xã, thị trấn"));
        assertThat(s.items().get(1).span().text()).as("an item holds its sub-items").startsWith("2. Các cơ quan").endsWith("- Tham mưu Đảng ủy.");
        assertThat(s.items().get(6).span().text()).isEqualTo("đ) Phòng Văn hóa và Thông tin\n- Đăng tin, bài.");
        assertThat(s.tasks()).as("organisation items are not tasks").isEmpty();
    }

    @Test
    void decimalSubItemsBelongToTheirItem() {
        DocumentStructure s = StructureParser.parse(doc(
                "II. NHIỆM VỤ",
                "1. Công tác tuyên truyền",
                "1.1. Tuyên truyền trên loa truyền thanh.",
                "1.2. Tuyên truyền qua hội nghị.",
                "2. Công tác kiểm tra",
                "2.1 Kiểm tra định kỳ.",
                "III. TỔ CHỨC THỰC HIỆN"));
        assertThat(s.tasks()).extracting(Task::ordinal, Task::level, Task::position, Task::parentOrdinal, Task::title).containsExactly(
                tuple("1", 1, 1, null, "Công tác tuyên truyền"),
                tuple("1.1", 2, 1, "1", "Tuyên truyền trên loa truyền thanh"),
                tuple("1.2", 2, 2, "1", "Tuyên truyền qua hội nghị"),
                tuple("2", 1, 2, null, "Công tác kiểm tra"),
                tuple("2.1", 2, 1, "2", "Kiểm tra định kỳ"));
    }

    @Test
    void readsMarkdownHeadingsBoldTitlesAndAFirstItemWhoseNumberWasLost() {
        DocumentText d = doc(
                "**II. NỘI DUNG**",
                "",
                "- Phổ biến, quán triệt các văn bản về công tác dân vận**",
                "",
                "- UBND phường tuyên truyền sâu rộng chủ trương của Đảng.",
                "",
                "## **2. Gắn công tác dân vận với cải cách hành chính. Tăng cường giáo dục đạo đức công vụ**",
                "",
                "- Tập trung rà soát thủ tục hành chính.",
                "",
                "#### **3. Đẩy mạnh các phong trào thi đua yêu nước**",
                "",
                "- Tiếp tục phối hợp.",
                "",
                "### **III. TỔ CHỨC THỰC HIỆN**",
                "",
                "#### **1. Văn phòng UBND phường**",
                "",
                "- Chủ trì, phối hợp.");
        DocumentStructure s = StructureParser.parse(d);
        assertThat(s.sections()).extracting(Section::ordinal, Section::heading, Section::kind)
                .containsExactly(tuple("II", "NỘI DUNG", "content"), tuple("III", "TỔ CHỨC THỰC HIỆN", "organisation"));
        assertThat(s.sections().get(1).headingSpan().text()).isEqualTo("III. TỔ CHỨC THỰC HIỆN");
        assertThat(s.tasks()).extracting(Task::ordinal, Task::position, Task::title).containsExactly(
                tuple(null, 1, "Phổ biến, quán triệt các văn bản về công tác dân vận"),
                tuple("2", 2, "Gắn công tác dân vận với cải cách hành chính. Tăng cường giáo dục đạo đức công vụ"),
                tuple("3", 3, "Đẩy mạnh các phong trào thi đua yêu nước"));
        assertThat(s.tasks().get(0).span().text())
                .isEqualTo("- Phổ biến, quán triệt các văn bản về công tác dân vận**\n\n- UBND phường tuyên truyền sâu rộng chủ trương của Đảng.");
        assertThat(s.tasks().get(1).titleSpan().text())
                .isEqualTo("Gắn công tác dân vận với cải cách hành chính. Tăng cường giáo dục đạo đức công vụ");
        assertThat(s.itemsOf(s.sections().get(1))).extracting(Item::ordinal, Item::title).containsExactly(tuple("1", "Văn phòng UBND phường"));
    }

    @Test
    void aHeadingWithoutPeriodEndsAtAShortLineOrASentenceOpenerAndADashCanContinueASentence() {
        DocumentStructure s = StructureParser.parse(doc(
                "II. NỘI DUNG THỰC HIỆN",
                "",
                "1. Nâng cao hiệu quả hoạt động tiếp công dân, giải quyết khiếu nại, tố cáo, phản",
                "",
                "ánh kiến nghị",
                "",
                "Thường xuyên tuyên truyền, phổ biến giáo dục pháp luật cho cán bộ, công chức và Nhân dân hiểu",
                "",
                "2. Công tác phối hợp với Ủy ban MTTQ và các tổ chức chính trị xã hội của phường",
                "",
                "Phối hợp với Ủy ban MTTQ tổ chức phát động các phong trào thi đua yêu nước trong Nhân dân.",
                "",
                "3. Phối hợp chặt chẽ với Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị",
                "- xã hội. Chủ động tạo điều kiện để Mặt trận tham gia giám sát.",
                "",
                "4. Nâng cao chất lượng việc thực hiện quy chế dân chủ ở cơ sở",
                "",
                "- Thực hiện tốt việc công khai.",
                "III. TỔ CHỨC THỰC HIỆN"));
        assertThat(s.tasks()).extracting(Task::title).containsExactly(
                "Nâng cao hiệu quả hoạt động tiếp công dân, giải quyết khiếu nại, tố cáo, phản ánh kiến nghị",
                "Công tác phối hợp với Ủy ban MTTQ và các tổ chức chính trị xã hội của phường",
                "Phối hợp chặt chẽ với Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội",
                "Nâng cao chất lượng việc thực hiện quy chế dân chủ ở cơ sở");
    }

    @Test
    void itemNumbersMayContinueAcrossSections() {
        DocumentStructure s = StructureParser.parse(doc(
                "I. NHIỆM VỤ",
                "1. Tuyên truyền.",
                "2. Kiểm tra.",
                "II. GIẢI PHÁP",
                "3. Bố trí kinh phí.",
                "4. Khen thưởng kịp thời.",
                "III. TỔ CHỨC THỰC HIỆN"));
        assertThat(s.tasks()).extracting(Task::ordinal, Task::position, Task::sectionPosition)
                .containsExactly(tuple("1", 1, 1), tuple("2", 2, 1), tuple("3", 1, 2), tuple("4", 2, 2));
    }

    @Test
    void headingsMustFollowInSequenceAndMayBeInLowerCase() {
        DocumentStructure s = StructureParser.parse(doc(
                "I. Mục đích, yêu cầu",
                "Bảo đảm thiết thực.",
                "V. I. Lênin đã nói về công tác dân vận,",
                "II. Nội dung",
                "1. Tuyên truyền.",
                "IV. TỔ CHỨC THỰC HIỆN",
                "1. Văn phòng tham mưu."));
        assertThat(s.sections()).extracting(Section::ordinal, Section::kind)
                .containsExactly(tuple("I", "purpose"), tuple("II", "content"));
        assertThat(s.tasks()).extracting(Task::title).containsExactly("Tuyên truyền");
    }

    @Test
    void theClosingParagraphAndTheRecipientsAreNotPartOfTheLastItem() {
        DocumentStructure s = StructureParser.parse(doc(
                "III. TỔ CHỨC THỰC HIỆN",
                "1. Các ban, ngành chủ động xây dựng kế hoạch.",
                "2. Đài Phát thanh xã thường xuyên thông tin, tuyên truyền về công tác dân vận chính",
                "quyền”. ",
                "",
                "Yêu cầu các ban, ngành, cán bộ, công chức xã nghiêm túc triển khai thực ",
                "hiện. Trong quá trình triển khai, nếu có vướng mắc, kịp thời phản ánh về Văn phòng ",
                "xã để tổng hợp./. ",
                "",
                "Nơi nhận:",
                "- Phòng Nội vụ;",
                "TM. ỦY BAN NHÂN DÂN"));
        assertThat(s.items()).hasSize(2);
        assertThat(s.items().get(1).span().text()).endsWith("quyền”.");
        assertThat(s.sections().get(0).span().text()).endsWith("quyền”.");
    }

    @Test
    void withoutSectionsEveryNumberedItemOfTheBodyIsATask() {
        DocumentStructure s = StructureParser.parse(doc(
                "ỦY BAN NHÂN DÂN",
                "TỈNH TÂY NINH",
                "Số: 05/CT-UBND",
                "CHỈ THỊ",
                "Về tăng cường công tác dân vận",
                "",
                "Để nâng cao hiệu quả công tác dân vận, Chủ tịch UBND tỉnh chỉ thị:",
                "1. Các sở, ban, ngành tỉnh quán triệt Chỉ thị này.",
                "a) Xây dựng kế hoạch.",
                "b) Báo cáo kết quả.",
                "2. UBND các huyện tổ chức thực hiện.",
                "",
                "Nơi nhận:",
                "- Như trên;",
                "KT. CHỦ TỊCH"));
        assertThat(s.sections()).isEmpty();
        assertThat(s.tasks()).extracting(Task::ordinal, Task::sectionPosition)
                .containsExactly(tuple("1", null), tuple("1.a", null), tuple("1.b", null), tuple("2", null));
    }

    @Test
    void aReportHasSectionsOfOtherKindsAndTasksOnlyInItsTasksSection() {
        DocumentStructure s = StructureParser.parse(doc(
                "BÁO CÁO", "kết quả công tác dân vận năm 2023", "",
                "I/ KẾT QUẢ THỰC HIỆN", "1. Công tác tuyên truyền", "Đã tổ chức 12 hội nghị.",
                "II/ PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024", "1. Tiếp tục quán triệt các văn bản.", "2. Đẩy mạnh phong trào thi đua.",
                "III/ ĐỀ XUẤT, KIẾN NGHỊ", "Không.", "", "Nơi nhận:", "- Lưu VP."));
        assertThat(s.sections()).extracting(Section::ordinal, Section::kind)
                .containsExactly(tuple("I", "other"), tuple("II", "content"), tuple("III", "other"));
        assertThat(s.items()).extracting(Item::title).containsExactly("Công tác tuyên truyền", "Tiếp tục quán triệt các văn bản",
                "Đẩy mạnh phong trào thi đua");
        assertThat(s.tasks()).extracting(Task::sectionPosition).containsExactly(2, 2);
        assertThat(s.sections().get(2).span().text()).isEqualTo("III/ ĐỀ XUẤT, KIẾN NGHỊ\nKhông.");
    }

    @Test
    void aFootnoteSplicedIntoAnItemIsLeftOutOfItsEvidence() {
        DocumentText d = doc(
                "II. NỘI DUNG",
                "1. Tuyên truyền các văn bản của Trung ương, của tỉnh*. Tiếp tục thực hiện Quyết định số 2501/QĐ-UBND ngày ",
                "                                                 ",
                "",
                "* Chương trình hành động số 34-CTr/TU ngày 28/8/2013 của Ban Chấp hành Đảng bộ tỉnh về thực hiện Nghị ",
                "quyết số 25-NQ/TW; Công văn số 921-CV/TU ngày 28/9/2015 của Ban Thường vụ Tỉnh ủy. ",
                " 17/5/2021 của UBND huyện ban hành Chương trình cải cách hành chính.",
                "2. Kiểm tra.",
                "III. TỔ CHỨC THỰC HIỆN");
        Item first = StructureParser.parse(d).items().get(0);
        assertThat(first.title()).isEqualTo("Tuyên truyền các văn bản của Trung ương, của tỉnh");
        assertThat(first.span().text()).contains("Chương trình hành động số 34-CTr/TU");
        assertThat(first.evidence()).extracting(Span::text).containsExactly(
                "1. Tuyên truyền các văn bản của Trung ương, của tỉnh*. Tiếp tục thực hiện Quyết định số 2501/QĐ-UBND ngày",
                "17/5/2021 của UBND huyện ban hành Chương trình cải cách hành chính.");
        assertThat(StructureParser.parse(doc("II. NỘI DUNG", "1. Tuyên truyền.", "            ", "* Ghi chú không kết thúc",
                "Dòng tiếp theo", "III. TỔ CHỨC THỰC HIỆN")).items().get(0).evidence()).as("no end found: not a footnote").hasSize(1);
    }

    @Test
    void spansPointIntoTheRawText() {
        DocumentText d = doc("II. NỘI DUNG", "1. Tuyên truyền", "- Phổ biến.", "III. TỔ CHỨC THỰC HIỆN");
        DocumentStructure s = StructureParser.parse(d);
        for (Item item : s.items()) {
            assertThat(d.raw().substring(item.span().start(), item.span().end())).isEqualTo(item.span().text());
            assertThat(item.span().contains(item.titleSpan())).isTrue();
        }
        for (Section section : s.sections()) {
            assertThat(section.span().contains(section.headingSpan())).isTrue();
        }
        assertThat(List.of(s.items().get(0).span().text())).containsExactly("1. Tuyên truyền\n- Phổ biến.");
    }
}
