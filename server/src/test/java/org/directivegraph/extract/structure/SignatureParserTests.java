package org.directivegraph.extract.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.directivegraph.extract.structure.TestDocs.doc;

import org.directivegraph.extract.DocumentText;
import org.junit.jupiter.api.Test;

/** {@link SignatureParser} on small documents. */
class SignatureParserTests {

    @Test
    void readsCapacityPositionAndName() {
        DocumentText d = doc("Trên đây là kế hoạch./.", "", "*Nơi nhận:", " - UBND huyện;", " - Lưu VP.", "",
                "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Nhữ Đình Thắng", " ");
        Signature s = SignatureParser.parse(d).orElseThrow();
        assertThat(s.capacities()).containsExactly("tm");
        assertThat(s.capacityLines()).containsExactly("TM. ỦY BAN NHÂN DÂN");
        assertThat(s.onBehalfOfText()).isEqualTo("ỦY BAN NHÂN DÂN");
        assertThat(s.position()).isEqualTo("CHỦ TỊCH");
        assertThat(s.name()).isEqualTo("Nhữ Đình Thắng");
        assertThat(s.span().text()).isEqualTo("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNhữ Đình Thắng");
        assertThat(d.raw().substring(s.span().start(), s.span().end())).isEqualTo(s.span().text());
    }

    @Test
    void readsADeputySigningForTheHeadWithBoldMarks() {
        Signature s = SignatureParser.parse(doc("***Nơi nhận:***", "- UBND quận;", "- Lưu: VT, VPTK.", "",
                "**TM. ỦY BAN NHÂN DÂN  ", "KT. CHỦ TỊCH  ", "PHÓ CHỦ TỊCH**", "", "**Nguyễn Thị Tâm**")).orElseThrow();
        assertThat(s.capacities()).containsExactly("tm", "kt");
        assertThat(s.capacityLines()).containsExactly("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH");
        assertThat(s.onBehalfOfText()).isEqualTo("ỦY BAN NHÂN DÂN");
        assertThat(s.position()).isEqualTo("PHÓ CHỦ TỊCH");
        assertThat(s.name()).isEqualTo("Nguyễn Thị Tâm");
        assertThat(s.span().text()).startsWith("TM. ỦY BAN").endsWith("Nguyễn Thị Tâm");
    }

    @Test
    void aPositionWithoutCapacityAndWithoutName() {
        Signature unnamed = SignatureParser.parse(doc("Nơi nhận:     ", "- UBND tỉnh; ", "", "- Lưu: VT, PNV.   ", " ", "",
                "CHỦ TỊCH ", " ")).orElseThrow();
        assertThat(unnamed.capacities()).isEmpty();
        assertThat(unnamed.onBehalfOfText()).isNull();
        assertThat(unnamed.position()).isEqualTo("CHỦ TỊCH");
        assertThat(unnamed.name()).isNull();
        assertThat(unnamed.span().text()).isEqualTo("CHỦ TỊCH");

        Signature named = SignatureParser.parse(doc("Nơi nhận: ", "- UBND thành phố; ", "- Lưu VP. ", "", "CHỦ TỊCH ",
                " ", " ", "", "Cao Thiện Cường ")).orElseThrow();
        assertThat(named.position()).isEqualTo("CHỦ TỊCH");
        assertThat(named.name()).isEqualTo("Cao Thiện Cường");
    }

    @Test
    void readsEveryCapacityAndTheOldSlashedForms() {
        assertThat(SignatureParser.parse(doc("Nơi nhận:", "- Lưu.", "TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "(Đã ký)", "Lê Văn Bình"))
                .orElseThrow()).satisfies(s -> {
                    assertThat(s.capacities()).containsExactly("tl");
                    assertThat(s.position()).isEqualTo("CHÁNH VĂN PHÒNG");
                    assertThat(s.name()).isEqualTo("Lê Văn Bình");
                });
        assertThat(SignatureParser.parse(doc("Nơi nhận:", "- Lưu.", "TUQ. CHỦ TỊCH", "GIÁM ĐỐC SỞ NỘI VỤ", "Trần An"))
                .orElseThrow().capacities()).containsExactly("tuq");
        assertThat(SignatureParser.parse(doc("Nơi nhận:", "- Lưu.", "Q. CHỦ TỊCH", "Trần An")).orElseThrow().capacities())
                .containsExactly("q");
        Signature party = SignatureParser.parse(doc("Nơi nhận:", "- Lưu.", "T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Văn Hùng"))
                .orElseThrow();
        assertThat(party.capacities()).containsExactly("tm");
        assertThat(party.onBehalfOfText()).isEqualTo("BAN THƯỜNG VỤ");
        assertThat(party.position()).isEqualTo("BÍ THƯ");
    }

    @Test
    void readsABlockBesideTheRecipients() {
        Signature interleaved = SignatureParser.parse(doc("Nơi nhận: TM. ỦY BAN NHÂN DÂN", "- UBND huyện; CHỦ TỊCH",
                "- Lưu: VT.", "", "Nguyễn Văn An")).orElseThrow();
        assertThat(interleaved.capacities()).containsExactly("tm");
        assertThat(interleaved.position()).isEqualTo("CHỦ TỊCH");
        assertThat(interleaved.name()).isEqualTo("Nguyễn Văn An");

        Signature columns = SignatureParser.parse(doc(
                "Nơi nhận:                                  KT. CHỦ TỊCH",
                "- UBND tỉnh;                               PHÓ CHỦ TỊCH",
                "- Lưu: VT.",
                "                                           Lê Văn Bình")).orElseThrow();
        assertThat(columns.capacities()).containsExactly("kt");
        assertThat(columns.position()).isEqualTo("PHÓ CHỦ TỊCH");
        assertThat(columns.name()).isEqualTo("Lê Văn Bình");
    }

    @Test
    void readsABlockBeforeTheRecipientsAndAWrappedBodyName() {
        Signature before = SignatureParser.parse(doc("Các ngành thực hiện.", "TM. ỦY BAN NHÂN DÂN", "XÃ NAM CHÍNH", "CHỦ TỊCH",
                "Trần Văn Xuyến", "", "Nơi nhận:", "- Phòng Nội vụ;", "- Lưu.")).orElseThrow();
        assertThat(before.onBehalfOfText()).isEqualTo("ỦY BAN NHÂN DÂN XÃ NAM CHÍNH");
        assertThat(before.position()).isEqualTo("CHỦ TỊCH");
        assertThat(before.name()).isEqualTo("Trần Văn Xuyến");
    }

    @Test
    void noSignatureWithoutCapacityOrPosition() {
        assertThat(SignatureParser.parse(doc("Nơi nhận:", "- Lưu: VT."))).isEmpty();
        assertThat(SignatureParser.parse(doc("Một văn bản ngắn."))).isEmpty();
    }
}
