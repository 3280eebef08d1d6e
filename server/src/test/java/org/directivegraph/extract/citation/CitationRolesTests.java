package org.directivegraph.extract.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.directivegraph.extract.DocumentText;
import org.junit.jupiter.api.Test;

/** Roles of citations, on documents written for these tests. */
class CitationRolesTests {

    static List<String> roles(String text) {
        DocumentText document = new DocumentText("test.txt", text);
        return CitationRoles.classify(document, CitationParser.parse(document));
    }

    @Test
    void basedOnAndImplementsInThePreamble() {
        String text = """
                Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;
                Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;
                Thực hiện Kế hoạch số 88/KH-UBND ngày 02/3/2024 của UBND huyện Gia Lộc về công tác dân vận; Căn cứ \
                Chương trình số 12-CTr/BDVHU-UBND ngày 10/01/2024 của Ban Dân vận Huyện ủy và UBND huyện.
                UBND xã xây dựng kế hoạch như sau:

                I. MỤC ĐÍCH, YÊU CẦU
                1. Nâng cao nhận thức của cán bộ theo Chỉ thị số 33/CT-TTg.
                """;
        assertThat(roles(text)).containsExactly(CitationRoles.BASED_ON, CitationRoles.BASED_ON,
                CitationRoles.IMPLEMENTS, CitationRoles.BASED_ON, CitationRoles.CITES);
    }

    @Test
    void everyMentionChainedInTheSentenceImplements() {
        String text = """
                KẾ HOẠCH
                Triển khai công tác dân vận năm 2024

                Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về công tác dân vận và Kế
                hoạch của UBND huyện Tứ Kỳ về việc thực hiện Quyết định số 5/QĐ-UBND. UBND xã ban hành kế hoạch.

                **I. MỤC ĐÍCH**
                - Nâng cao chất lượng.
                """;
        assertThat(roles(text)).containsExactly(CitationRoles.IMPLEMENTS, CitationRoles.IMPLEMENTS,
                CitationRoles.IMPLEMENTS);
    }

    @Test
    void otherOpenersOfThePreamble() {
        String text = """
                Triển khai thực hiện Kết luận số 12-KL/TW ngày 1/2/2022 của Ban Bí thư;
                Tổ chức thực hiện Nghị quyết số 4-NQ/ĐU ngày 3/3/2023 của Đảng ủy xã;
                Thực hiện có hiệu quả Chỉ thị số 5-CT/HU của Ban Thường vụ Huyện ủy;
                Theo đề nghị của công chức Văn hóa tại Tờ trình số 9/TTr-VH ngày 4/4/2024.
                ### I. NỘI DUNG
                """;
        assertThat(roles(text)).containsExactly(CitationRoles.IMPLEMENTS, CitationRoles.IMPLEMENTS,
                CitationRoles.IMPLEMENTS, CitationRoles.CITES);
    }

    @Test
    void afterTheFirstHeadingThucHienOnlyCites() {
        String text = """
                Căn cứ Quyết định số 1/QĐ-UBND ngày 2/1/2024 của UBND xã.
                I. NHIỆM VỤ
                1. Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ.
                Căn cứ Kế hoạch số 3/KH-UBND của UBND huyện.
                """;
        assertThat(roles(text)).containsExactly(CitationRoles.BASED_ON, CitationRoles.CITES, CitationRoles.CITES);
    }

    @Test
    void firstItemOfThePurposes() {
        String text = """
                I. MỤC ĐÍCH, YÊU CẦU
                 1. Tổ chức quán triệt Quyết định số 10-QĐ/TW, ngày 2/2/2022 của Bộ Chính trị; Chỉ thị của UBND tỉnh
                về công tác dân vận. Kế hoạch số 4/KH-UBND của UBND huyện được quán triệt tiếp.
                2. Quán triệt Kết luận số 7-KL/TW của Ban Bí thư.
                II. NỘI DUNG
                1. Triển khai Quyết định số 10-QĐ/TW.
                """;
        assertThat(roles(text)).containsExactly(CitationRoles.IMPLEMENTS, CitationRoles.IMPLEMENTS,
                CitationRoles.CITES, CitationRoles.CITES, CitationRoles.CITES);
    }

    @Test
    void firstBulletAfterASubheading() {
        String text = """
                **I. MỤC ĐÍCH YÊU CẦU**
                1. Mục đích
                - Triển khai, thực hiện nghiêm túc, hiệu quả

                Chỉ thị số 8/CT-UBND ngày 3/3/2023 của UBND tỉnh.
                - Thực hiện Chỉ thị số 9/CT-UBND.
                """;
        assertThat(roles(text)).containsExactly(CitationRoles.IMPLEMENTS, CitationRoles.CITES);
    }

    @Test
    void firstItemThatDoesNotCarryOutADocument() {
        String text = """
                I. MỤC ĐÍCH
                - Nâng cao nhận thức về Chỉ thị số 8/CT-UBND ngày 3/3/2023 của UBND tỉnh.
                """;
        assertThat(roles(text)).containsExactly(CitationRoles.CITES);
    }

    @Test
    void listOfBasesInOneClause() {
        String text = """
                Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015; Luật Cán bộ, công chức ngày 13/11/2008;
                Theo đề nghị của Trưởng phòng Nội vụ tại Tờ trình số 3/TTr-NV.
                I. NỘI DUNG
                """;
        assertThat(roles(text)).containsExactly(CitationRoles.BASED_ON, CitationRoles.BASED_ON, CitationRoles.CITES);
    }

    @Test
    void partyDocumentWithLowerCaseTitleAndDashHeadings() {
        String text = """
                HUYỆN ỦY THANH HÀ
                Số 31-KH/HU

                KẾ HOẠCH
                thực hiện Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng
                -----
                - Căn cứ Kế hoạch số 50-KH/TU, ngày 2/12/2021 của Ban Thường vụ Tỉnh ủy,
                Ban Thường vụ Huyện ủy xây dựng kế hoạch như sau:
                I- MỤC ĐÍCH, YÊU CẦU
                1- Quán triệt Quy định số 37-QĐ/TW ngày 25/10/2021 của Ban Chấp hành Trung ương.
                II- NỘI DUNG
                Thực hiện Công văn số 9-CV/HU.
                """;
        assertThat(roles(text)).containsExactly(CitationRoles.IMPLEMENTS, CitationRoles.BASED_ON,
                CitationRoles.IMPLEMENTS, CitationRoles.CITES);
    }

    @Test
    void documentWithoutRomanHeadings() {
        String text = """
                Căn cứ Luật Đất đai năm 2013;
                QUYẾT ĐỊNH:
                Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc; thực hiện Chỉ thị số 2/CT-UBND.
                """;
        assertThat(roles(text)).containsExactly(CitationRoles.BASED_ON, CitationRoles.CITES);
    }
}
