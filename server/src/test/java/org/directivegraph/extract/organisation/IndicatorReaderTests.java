package org.directivegraph.extract.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.directivegraph.extract.structure.StructureParser;
import org.junit.jupiter.api.Test;

/** Indicators from a Chỉ tiêu section written for these tests. */
class IndicatorReaderTests {

    static List<Indicator> read(String items) {
        return new IndicatorReader().read(StructureParser.parse(PlanTexts.plan("III. CHỈ TIÊU\n" + items,
                "1. Văn phòng UBND huyện chủ trì thực hiện.")));
    }

    @Test
    void figuresUnitsComparatorsAndPopulations() {
        List<Indicator> r = read("1. 100% hộ gia đình được phổ biến quy chế dân chủ.\n"
                + "2. Phấn đấu 85% trở lên thôn đạt danh hiệu văn hóa.\n"
                + "3. Tổ chức ít nhất 02 cuộc đối thoại với Nhân dân trong năm.\n"
                + "4. Tỷ lệ hồ sơ trễ hạn không quá 2,5% tổng số hồ sơ.\n"
                + "5. Nâng cao chất lượng phục vụ Nhân dân.");
        assertThat(r).hasSize(5);
        assertThat(r.get(0).target()).isEqualByComparingTo(new BigDecimal("100"));
        assertThat(r.get(0).unit()).isEqualTo("%");
        assertThat(r.get(0).comparator()).isEqualTo("exactly");
        assertThat(r.get(0).population()).isEqualTo("hộ gia đình");
        assertThat(r.get(1).comparator()).isEqualTo("at-least");
        assertThat(r.get(1).population()).isEqualTo("thôn");
        assertThat(r.get(2).target()).isEqualByComparingTo(new BigDecimal("2"));
        assertThat(r.get(2).unit()).isEqualTo("cuộc");
        assertThat(r.get(2).comparator()).isEqualTo("at-least");
        assertThat(r.get(3).target()).isEqualByComparingTo(new BigDecimal("2.5"));
        assertThat(r.get(3).comparator()).isEqualTo("at-most");
        assertThat(r.get(4).target()).isNull();
        assertThat(r.get(4).unit()).isNull();
    }
}
