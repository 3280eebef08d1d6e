package org.directivegraph.extract.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.directivegraph.extract.structure.TestDocs.doc;

import java.util.List;

import org.directivegraph.extract.DocumentText;
import org.junit.jupiter.api.Test;

/** {@link RecipientParser} on small documents. */
class RecipientParserTests {

    @Test
    void readsOneRecipientPerLineWithItsPurposeNote() {
        DocumentText d = doc(
                "Trên đây là Kế hoạch của UBND xã./.",
                "",
                "Nơi nhận:",
                " - UBND huyện Bình Giang;",
                "- TT ĐU-HĐND-UBND phường;   (B/cáo) ",
                "- Phòng Nội vụ; (Để B/c)",
                "- MTTQ và các  đoàn thể (P/hợp);",
                "- Các thôn để biết;",
                "- UBND các xã, thị trấn (để thực hiện);",
                "- Lưu: VT, VPTK.",
                "",
                "TM. ỦY BAN NHÂN DÂN",
                "CHỦ TỊCH");
        List<Recipient> r = RecipientParser.parse(d);
        assertThat(r).extracting(Recipient::position, Recipient::recipientText, Recipient::note, Recipient::purposeCode)
                .containsExactly(
                        tuple(1, "UBND huyện Bình Giang", null, null),
                        tuple(2, "TT ĐU-HĐND-UBND phường", "(B/cáo)", "report"),
                        tuple(3, "Phòng Nội vụ", "(Để B/c)", "report"),
                        tuple(4, "MTTQ và các đoàn thể", "(P/hợp)", "coordinate"),
                        tuple(5, "Các thôn", "để biết", "know"),
                        tuple(6, "UBND các xã, thị trấn", "(để thực hiện)", "implement"),
                        tuple(7, "Lưu: VT, VPTK", null, "archive"));
        assertThat(r.get(0).span().text()).isEqualTo("- UBND huyện Bình Giang;");
        assertThat(r.get(1).span().text()).isEqualTo("- TT ĐU-HĐND-UBND phường;   (B/cáo)");
        for (Recipient each : r) {
            assertThat(d.raw().substring(each.span().start(), each.span().end())).isEqualTo(each.span().text());
        }
    }

    @Test
    void acceptsMarkdownLabelsAndLinesWithoutDash() {
        List<Recipient> starred = RecipientParser.parse(doc("*Nơi nhận:", "- Như trên;", "Lưu VP."));
        assertThat(starred).extracting(Recipient::recipientText, Recipient::purposeCode)
                .containsExactly(tuple("Như trên", null), tuple("Lưu VP", "archive"));

        List<Recipient> bold = RecipientParser.parse(doc("***Nơi nhận:***", "", "- UBND quận;", "", "- Lưu: VT.", "",
                "**TM. ỦY BAN NHÂN DÂN  ", "KT. CHỦ TỊCH  ", "PHÓ CHỦ TỊCH**", "", "**Nguyễn Thị Tâm**"));
        assertThat(bold).extracting(Recipient::recipientText).containsExactly("UBND quận", "Lưu: VT");

        List<Recipient> noDash = RecipientParser.parse(doc("Nơi nhận:", "Như Điều 3;", "TT HĐND huyện;", "Lưu: VT, NV."));
        assertThat(noDash).extracting(Recipient::recipientText).containsExactly("Như Điều 3", "TT HĐND huyện", "Lưu: VT, NV");
    }

    @Test
    void joinsARecipientWrappedOntoTheNextLine() {
        List<Recipient> r = RecipientParser.parse(doc("Nơi nhận:", "- Các phòng, ban, ngành, đoàn thể", "  huyện;",
                "- Lưu: VT."));
        assertThat(r).extracting(Recipient::recipientText).containsExactly("Các phòng, ban, ngành, đoàn thể huyện", "Lưu: VT");
        assertThat(r.get(0).span().text()).isEqualTo("- Các phòng, ban, ngành, đoàn thể\n  huyện;");
    }

    @Test
    void stopsAtTheSignatureBlockBesideOrAfterTheList() {
        List<Recipient> after = RecipientParser.parse(doc("Nơi nhận:", "- Phòng Nội vụ;", "- Các tổ chức chính trị - xã hội",
                "- Lưu.", "", "TM. ỦY BAN NHÂN DÂN XÃ", "CHỦ TỊCH", "", "  Trần Văn Xuyến"));
        assertThat(after).extracting(Recipient::recipientText).containsExactly("Phòng Nội vụ", "Các tổ chức chính trị - xã hội", "Lưu");

        List<Recipient> interleaved = RecipientParser.parse(doc("Nơi nhận: TM. ỦY BAN NHÂN DÂN", "- UBND huyện; CHỦ TỊCH",
                "- Lưu: VT.", "", "Nguyễn Văn An"));
        assertThat(interleaved).extracting(Recipient::recipientText).containsExactly("UBND huyện", "Lưu: VT");
        assertThat(interleaved.get(0).span().text()).isEqualTo("- UBND huyện;");

        List<Recipient> columns = RecipientParser.parse(doc(
                "Nơi nhận:                                  KT. CHỦ TỊCH",
                "- UBND tỉnh;                               PHÓ CHỦ TỊCH",
                "- Sở Nội vụ (B/c);",
                "- Lưu: VT.                                 Lê Văn Bình"));
        assertThat(columns).extracting(Recipient::recipientText, Recipient::purposeCode)
                .containsExactly(tuple("UBND tỉnh", null), tuple("Sở Nội vụ", "report"), tuple("Lưu: VT", "archive"));

        List<Recipient> table = RecipientParser.parse(doc(
                "| ***Nơi nhận:*** | **TM. ỦY BAN NHÂN DÂN** |",
                "| - UBND huyện; | **CHỦ TỊCH** |",
                "| - Lưu: VT. | **Nguyễn Văn An** |"));
        assertThat(table).extracting(Recipient::recipientText).containsExactly("UBND huyện", "Lưu: VT");
    }

    @Test
    void aDocumentWithoutNoiNhanHasNoRecipients() {
        assertThat(RecipientParser.parse(doc("I. NỘI DUNG", "- Tuyên truyền;", "- Kiểm tra.", "CHỦ TỊCH"))).isEmpty();
    }
}
