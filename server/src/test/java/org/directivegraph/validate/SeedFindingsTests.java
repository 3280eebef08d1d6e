package org.directivegraph.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.directivegraph.store.GraphNames;
import org.directivegraph.store.KnowledgeStore;
import org.directivegraph.store.ReferenceData;
import org.directivegraph.store.SeedPlans;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shapes, run over the five seed plans as stored, report exactly the seeds' real defects, one by one,
 * and nothing else. Each finding is written {@code SEVERITY Shape focus [-> value]} with IRIs relative to
 * the base; see shared/seeds/README.md for what is wrong with each seed.
 */
class SeedFindingsTests {

    static final String D000 = "id/doc/10981/ubnd/2022/kh-u7428553a";
    static final String D001 = "id/doc/11429/ubnd/2024/kh-10";
    static final String D002 = "id/doc/14764/ubnd/2023/kh-u1ab2e56d";
    static final String D003 = "id/doc/707/ubnd/2023/kh-u0d163c87";
    static final String D004 = "id/doc/x-xa-nam-chinh/ubnd/2023/kh-ub32feb20";

    static KnowledgeStore store;
    static Map<String, List<Finding>> findings;

    @BeforeAll
    static void validate() {
        store = KnowledgeStore.inMemory();
        ReferenceData.ensureLoaded(store);
        SeedPlans.load(store);
        findings = new StoreValidation(PlanShapes.packaged()).validateDocuments(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static List<String> of(String doc) {
        List<Finding> list = findings.get(GraphNames.BASE + doc + "/graph");
        assertThat(list).as("findings of " + doc).isNotNull();
        return list.stream().map(f -> f.severity() + " " + f.shapeName() + " "
                + f.focusNode().getURI().replace(GraphNames.BASE, "")
                + (f.value() == null || f.value().equals(f.focusNode()) ? "" : " -> " + f.value().getURI().replace(GraphNames.BASE, "")))
                .toList();
    }

    @Test
    void noSeedHasAViolation() {
        findings.values().forEach(list -> assertThat(list).noneMatch(f -> f.severity() == Finding.Severity.VIOLATION));
        assertThat(findings).hasSize(5);
    }

    @Test
    void seed000ThaiHoc() {
        assertThat(of(D000)).containsExactlyInAnyOrder(
                // "Số:     /KH-UBND" and "ngày    tháng 02 năm 2022": number and day left blank
                "WARNING PlanNumberShape " + D000,
                "WARNING PlanDateShape " + D000,
                // dated 02/2022, yet cites xã Tân Hồng's plan of 20/01/2023
                "WARNING CitationNotLaterShape " + D000 + " -> id/doc/10972/ubnd/2023/kh-18",
                // "tổng hợp kết quả báo cáo Đảng ủy xã và phòng Nội vụ huyện theo quy định": no deadline
                "WARNING ObligationDueShape " + D000 + "/obligation/2");
    }

    @Test
    void seed001LamHa() {
        assertThat(of(D001)).containsExactlyInAnyOrder(
                // "Tổng hợp và tham mưu báo cáo của UBND quận …": no deadline
                "WARNING ObligationDueShape " + D001 + "/obligation/1");
    }

    @Test
    void seed002TruongThi() {
        assertThat(of(D002)).containsExactlyInAnyOrder(
                // no header block: neither number nor date is printed
                "WARNING PlanNumberShape " + D002,
                "WARNING PlanDateShape " + D002);
    }

    @Test
    void seed003DuongMinhChau() {
        assertThat(of(D003)).containsExactlyInAnyOrder(
                // no number line; "ngày     tháng    năm 2023"
                "WARNING PlanNumberShape " + D003,
                "WARNING PlanDateShape " + D003,
                // cites Chỉ thị 16/CT-TTg, replaced by Chỉ thị 33/CT-TTg on 26/11/2021
                "WARNING CitedDocumentInForceShape " + D003 + " -> id/doc/VN/ttg/2016/ct-16",
                // indicator 5 ("Nâng cao chỉ số cải cách hành chính …") has no figure
                "WARNING IndicatorTargetShape " + D003 + "/indicator/5",
                "WARNING IndicatorUnitShape " + D003 + "/indicator/5",
                // Phòng Nội vụ's "Tổng hợp báo cáo sơ kết, tổng kết …": no deadline
                "WARNING ObligationDueShape " + D003 + "/obligation/4",
                // the signature block prints "CHỦ TỊCH" and no name
                "WARNING SignerNameShape " + D003 + "/signature");
    }

    @Test
    void seed004NamChinh() {
        assertThat(of(D004)).containsExactlyInAnyOrder(
                // "Số:        /KH-UBND", "ngày        tháng 01 năm 2023"
                "WARNING PlanNumberShape " + D004,
                "WARNING PlanDateShape " + D004,
                // cites Chỉ thị 16/CT-TTg in 01/2023
                "WARNING CitedDocumentInForceShape " + D004 + " -> id/doc/VN/ttg/2016/ct-16",
                // "định kỳ báo cáo kết quả thực hiện các mô hình" and "chế độ báo cáo định kỳ …": no period given
                "WARNING ObligationDueShape " + D004 + "/obligation/1",
                "WARNING ObligationDueShape " + D004 + "/obligation/3");
    }
}
