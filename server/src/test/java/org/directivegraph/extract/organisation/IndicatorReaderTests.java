package org.directivegraph.extract.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.directivegraph.extract.DocumentText;
import org.directivegraph.extract.structure.StructureParser;
import org.junit.jupiter.api.Test;

/** Indicators from a Chỉ tiêu section written for these tests. */
class IndicatorReaderTests {

    static List<Indicator> read(String items) {
        String doc = "ỦY BAN NHÂN DÂN\nXÃ AN LẠC\n\nSố: 15/KH-UBND\n\nAn Lạc, ngày 3 tháng 4 năm 2024\n\nKẾ HOẠCH\n"
                + "Thực hiện công tác dân vận năm 2024\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức.\n\n"
                + "II. NỘI DUNG\n1. Tuyên truyền sâu rộng.\n\nIII. CHỈ TIÊU\n" + items
                + "\n\nIV. TỔ CHỨC THỰC HIỆN\n1. Văn phòng UBND xã chủ trì thực hiện.\n";
        return new IndicatorReader().read(StructureParser.parse(new DocumentText("t.txt", doc)));
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
