package org.directivegraph.extract.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.directivegraph.extract.DocumentText;
import org.directivegraph.extract.structure.StructureParser;
import org.junit.jupiter.api.Test;

/** Responsibilities from organisation sections written for these tests. */
class ResponsibilityReaderTests {

    static List<Responsibility> read(String body) {
        DocumentText text = PlanTexts.organisation(body);
        return new ResponsibilityReader().read(text, StructureParser.parse(text));
    }

    @Test
    void bodyNamedAtTheStartOfItsItem() {
        List<Responsibility> r = read("1. Văn phòng UBND xã chủ trì, phối hợp với các ngành tham mưu UBND xã triển khai Kế hoạch.\n"
                + "2. Giao Công an xã theo dõi, kiểm tra tình hình an ninh trật tự.");
        assertThat(r).extracting(Responsibility::bodyText).containsExactly("Văn phòng UBND xã", "Công an xã");
        assertThat(r.get(0).roles()).contains("lead", "coordinate", "advise", "implement");
        assertThat(r.get(1).roles()).contains("monitor", "inspect", "implement").doesNotContain("lead");
    }

    @Test
    void severalBodiesInOneItemAndAHeadingWithBullets() {
        List<Responsibility> r = read("1. MTTQ, các đoàn thể, các thôn Căn cứ chức năng, nhiệm vụ tổ chức thực hiện.\n"
                + "2. Trạm Y tế xã\n- Chủ động tuyên truyền phòng chống dịch.\n- Phối hợp với trường học kiểm tra vệ sinh.");
        assertThat(r).extracting(Responsibility::bodyText).containsExactly("MTTQ", "các đoàn thể", "các thôn", "Trạm Y tế xã");
        assertThat(r.get(3).roles()).contains("coordinate", "inspect");
    }

    @Test
    void aBulletNamingAnotherBodyIsItsOwnResponsibility() {
        List<Responsibility> r = read("1. Các ban, ngành xã\n- Chủ động triển khai thực hiện.\n"
                + "- Bộ phận Tư pháp - Hộ tịch: Phối hợp tuyên truyền pháp luật.");
        assertThat(r).extracting(Responsibility::bodyText).containsExactly("Các ban, ngành xã", "Bộ phận Tư pháp - Hộ tịch");
        assertThat(r.get(0).roles()).doesNotContain("coordinate");
        assertThat(r.get(1).roles()).contains("coordinate");
    }

    @Test
    void aPartnerAfterPhoiHopVoiGetsNoResponsibility() {
        List<Responsibility> r = read("1. Đề nghị khối Dân vận của xã phối hợp với Hội Nông dân xã giám sát việc thực hiện.");
        assertThat(r).extracting(Responsibility::bodyText).containsExactly("khối Dân vận của xã");
    }

    @Test
    void bodiesNamedBeforeCoTrachNhiem() {
        List<Responsibility> r = read("1. Trách nhiệm chung\nCăn cứ nhiệm vụ được giao, Giám đốc Trung tâm Y tế huyện, "
                + "Chủ tịch UBND các xã, thị trấn có trách nhiệm: Chủ động xây dựng kế hoạch; kiểm tra việc thực hiện.");
        assertThat(r).extracting(Responsibility::bodyText)
                .containsExactly("Giám đốc Trung tâm Y tế huyện", "Chủ tịch UBND các xã, thị trấn");
        assertThat(r.get(1).roles()).contains("implement", "inspect");

        List<Responsibility> group = read("1. Trên cơ sở nội dung Kế hoạch, các ban, ngành, cán bộ, công chức chịu trách nhiệm: "
                + "triển khai thực hiện.");
        assertThat(group).extracting(Responsibility::bodyText).containsExactly("các ban, ngành, cán bộ, công chức");
    }
}
