package org.directivegraph.extract.organisation;

import static org.assertj.core.api.Assertions.assertThat;


import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.directivegraph.extract.DocumentText;
import org.directivegraph.extract.structure.DocumentStructure;
import org.directivegraph.extract.structure.StructureParser;
import org.junit.jupiter.api.Test;

/** Obligations from organisation sections written for these tests. */
class ObligationReaderTests {

    static List<Obligation> read(String body) {
        DocumentText text = PlanTexts.organisation(body);
        DocumentStructure s = StructureParser.parse(text);
        return new ObligationReader().read(text, s, new ResponsibilityReader().read(text, s));
    }

    @Test
    void deadlinesAddresseesAndIntermediaries() {
        List<Obligation> r = read("1. Phòng Văn hóa huyện\n"
                + "- Gửi kế hoạch về UBND huyện (qua Phòng Nội vụ) trước ngày 15/5/2024.\n"
                + "- Báo cáo kết quả về Sở Nội vụ chậm nhất ngày 01/12/2024.\n"
                + "- Tổ chức chấm điểm trong tháng 11/2024.\n"
                + "- Thực hiện tốt quy định, quy chế của cơ quan.");
        assertThat(r).hasSize(3);
        assertThat(r.get(0).dueDate()).isEqualTo(LocalDate.of(2024, 5, 15));
        assertThat(r.get(0).deadlineKind()).isEqualTo("before");
        assertThat(r.get(0).addressee()).isEqualTo("UBND huyện");
        assertThat(r.get(0).intermediary()).isEqualTo("Phòng Nội vụ");
        assertThat(r.get(0).bearers()).containsExactly("Phòng Văn hóa huyện");
        assertThat(r.get(1).deadlineKind()).isEqualTo("no-later-than");
        assertThat(r.get(1).addressee()).isEqualTo("Sở Nội vụ");
        assertThat(r.get(2).duePeriod()).isEqualTo(YearMonth.of(2024, 11));
        assertThat(r.get(2).kinds()).contains("evaluate");
    }

    @Test
    void aTopicHeadingIsNeitherAnObligationNorItsBearerAndEachClauseNamesItsOwnSubject() {
        List<Obligation> r = read("1. Chế độ thông tin, báo cáo\n"
                + "- Ủy ban nhân dân xã Tân Lập báo cáo kết quả 6 tháng về Ủy ban nhân dân huyện trước ngày 15/6/2025.\n"
                + "- Các trường học gửi báo cáo năm về Phòng Giáo dục và Đào tạo trước ngày 20/12/2025.\n"
                + "2. Kinh phí thực hiện\n"
                + "- Báo cáo quyết toán kinh phí theo quy định.");
        assertThat(r).extracting(Obligation::action).noneMatch(a -> a.startsWith("Chế độ") || a.startsWith("-"));
        assertThat(r).hasSize(3);
        assertThat(r.get(0).bearers()).containsExactly("Ủy ban nhân dân xã Tân Lập");
        assertThat(r.get(0).dueDate()).isEqualTo(LocalDate.of(2025, 6, 15));
        assertThat(r.get(1).bearers()).containsExactly("Các trường học");
        assertThat(r.get(1).addressee()).isEqualTo("Phòng Giáo dục và Đào tạo");
        assertThat(r.get(2).bearers()).as("a heading about money names no body").isEmpty();
    }

    @Test
    void recurrencesWithTheirDiacritics() {
        List<Obligation> r = read("1. Văn phòng UBND huyện thực hiện chế độ báo cáo định kỳ hàng quý, 6 tháng và cuối năm "
                + "theo quy định.\n2. Công an huyện định kỳ báo cáo tình hình an ninh.");
        assertThat(r).hasSize(2);
        assertThat(r.get(0).recurrences()).containsExactly("quarterly", "six-monthly", "year-end");
        assertThat(r.get(1).recurrences()).containsExactly("periodic");
    }

    @Test
    void severalAddresseesAndTheClosingParagraph() {
        List<Obligation> r = read("1. Văn phòng UBND huyện tổng hợp kết quả, báo cáo Huyện ủy và phòng Nội vụ tỉnh theo quy định.\n\n"
                + "Trên đây là Kế hoạch của UBND huyện. Đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện; "
                + "nếu có phát sinh vướng mắc, phản ánh kịp thời về Văn phòng UBND huyện để tổng hợp./.");
        assertThat(r).hasSize(2);
        assertThat(r.get(0).addressee()).isEqualTo("Huyện ủy và phòng Nội vụ tỉnh");
        assertThat(r.get(1).recurrences()).containsExactly("as-occurs");
        assertThat(r.get(1).addressee()).isEqualTo("Văn phòng UBND huyện");
        assertThat(r.get(1).bearers()).containsExactly("các cơ quan, đơn vị");
    }

    @Test
    void aCommunesReportOfTheDistrictGoesToTheDistrict() {
        DocumentText text = PlanTexts.organisation("1. Văn phòng UBND xã tổng hợp, tham mưu báo cáo của UBND huyện về kết quả thực hiện.");
        DocumentStructure s = StructureParser.parse(text);
        var bodies = new ResponsibilityReader().read(text, s);
        assertThat(new ObligationReader().read(text, s, bodies, "commune").get(0).addressee()).isEqualTo("UBND huyện");
        assertThat(new ObligationReader().read(text, s, bodies, "district").get(0).addressee()).isNull();
    }
}
