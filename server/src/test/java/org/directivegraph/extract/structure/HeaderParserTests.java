package org.directivegraph.extract.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.directivegraph.extract.structure.TestDocs.doc;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.directivegraph.extract.DocumentText;
import org.junit.jupiter.api.Test;

/** {@link HeaderParser} on small documents, one layout rule or conversion artefact each. */
class HeaderParserTests {

    @Test
    void readsEveryPartOfAStandardHeader() {
        DocumentText d = doc(
                "ỦY BAN NHÂN DÂN",
                "XÃ THÁI HỌC",
                "",
                "Số: 10/KH-UBND",
                "",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "",
                "Thái Học, ngày 27 tháng 02 năm 2024",
                "",
                "KẾ HOẠCH",
                "Triển khai thực hiện công tác dân vận",
                "năm 2024",
                "",
                "Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ.",
                "I. MỤC ĐÍCH, YÊU CẦU");
        Header h = HeaderParser.parse(d);
        assertThat(h.issuingBodyLines()).containsExactly("ỦY BAN NHÂN DÂN", "XÃ THÁI HỌC");
        assertThat(h.issuingBodySpan().text()).isEqualTo("ỦY BAN NHÂN DÂN\nXÃ THÁI HỌC");
        assertThat(h.issuerText()).isEqualTo("ỦY BAN NHÂN DÂN XÃ THÁI HỌC");
        assertThat(h.issuerName()).isEqualTo("Ủy ban nhân dân xã Thái Học");
        assertThat(h.issuerSource()).isEqualTo(Header.IssuerSource.HEADER);
        assertThat(h.numberAndSymbol()).isEqualTo("10/KH-UBND");
        assertThat(h.number()).isEqualTo("10");
        assertThat(h.symbol()).isEqualTo("KH-UBND");
        assertThat(h.numberSpan().text()).isEqualTo("Số: 10/KH-UBND");
        assertThat(h.typeCode()).isEqualTo("kh");
        assertThat(h.typeWord()).isEqualTo("KẾ HOẠCH");
        assertThat(h.typeSpan().text()).isEqualTo("KẾ HOẠCH");
        assertThat(h.place()).isEqualTo("Thái Học");
        assertThat(h.dateAsPrinted()).isEqualTo("Thái Học, ngày 27 tháng 02 năm 2024");
        assertThat(h.dateSpan().text()).isEqualTo("Thái Học, ngày 27 tháng 02 năm 2024");
        assertThat(h.date()).isEqualTo(LocalDate.of(2024, 2, 27));
        assertThat(h.yearMonth()).isEqualTo(YearMonth.of(2024, 2));
        assertThat(h.year()).isEqualTo(2024);
        assertThat(h.title()).isEqualTo("Triển khai thực hiện công tác dân vận năm 2024");
        assertThat(h.titleSpan().text()).isEqualTo("Triển khai thực hiện công tác dân vận\nnăm 2024");
        assertThat(d.raw().substring(h.headerEnd())).startsWith("\n\nThực hiện Chỉ thị");
    }

    @Test
    void blankNumberAndBlankDayKeepWhatIsPrinted() {
        Header h = HeaderParser.parse(doc(
                " ỦY BAN NHÂN DÂN",
                "XÃ NAM CHÍNH",
                "Số:        /KH-UBND",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập – Tự do – Hạnh phúc",
                "Nam Chính, ngày        tháng 01 năm 2023",
                "KẾ HOẠCH",
                "Thực hiện Quy chế dân chủ ở cơ sở"));
        assertThat(h.numberAndSymbol()).isEqualTo("/KH-UBND");
        assertThat(h.number()).isNull();
        assertThat(h.symbol()).isEqualTo("KH-UBND");
        assertThat(h.numberSpan().text()).isEqualTo("Số:        /KH-UBND");
        assertThat(h.dateAsPrinted()).isEqualTo("Nam Chính, ngày        tháng 01 năm 2023");
        assertThat(h.date()).isNull();
        assertThat(h.yearMonth()).isEqualTo(YearMonth.of(2023, 1));
        assertThat(h.year()).isEqualTo(2023);
        assertThat(h.title()).isEqualTo("Thực hiện Quy chế dân chủ ở cơ sở");
    }

    @Test
    void dottedPlaceholdersAndAMonthLeftBlankGiveOnlyTheYear() {
        Header h = HeaderParser.parse(doc(
                "ỦY BAN NHÂN DÂN",
                "TỈNH TÂY NINH",
                "Số: ……/QĐ-UBND",
                "Tây Ninh, ngày … tháng … năm 2023",
                "QUYẾT ĐỊNH",
                "Về việc ban hành Quy chế làm việc",
                "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH",
                "Căn cứ Luật Tổ chức chính quyền địa phương;"));
        assertThat(h.numberAndSymbol()).isEqualTo("/QĐ-UBND");
        assertThat(h.number()).isNull();
        assertThat(h.typeCode()).isEqualTo("qd");
        assertThat(h.year()).isEqualTo(2023);
        assertThat(h.yearMonth()).isNull();
        assertThat(h.date()).isNull();
        assertThat(h.title()).as("the authority line in capitals ends the title").isEqualTo("Về việc ban hành Quy chế làm việc");
        assertThat(h.issuerName()).isEqualTo("Ủy ban nhân dân tỉnh Tây Ninh");
    }

    @Test
    void separatesHeaderColumnsInterleavedOnOneLineByPdfConversion() {
        Header h = HeaderParser.parse(doc(
                "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "XÃ THÁI HỌC Độc lập - Tự do - Hạnh phúc",
                "Số: 12/KH-UBND Thái Học, ngày 05 tháng 3 năm 2024",
                "KẾ HOẠCH",
                "Tuyên truyền phổ biến pháp luật năm 2024",
                "Căn cứ Luật Phổ biến, giáo dục pháp luật;"));
        assertThat(h.issuingBodyLines()).containsExactly("ỦY BAN NHÂN DÂN", "XÃ THÁI HỌC");
        assertThat(h.issuerName()).isEqualTo("Ủy ban nhân dân xã Thái Học");
        assertThat(h.numberAndSymbol()).isEqualTo("12/KH-UBND");
        assertThat(h.numberSpan().text()).isEqualTo("Số: 12/KH-UBND");
        assertThat(h.place()).isEqualTo("Thái Học");
        assertThat(h.dateAsPrinted()).isEqualTo("Thái Học, ngày 05 tháng 3 năm 2024");
        assertThat(h.date()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(h.title()).isEqualTo("Tuyên truyền phổ biến pháp luật năm 2024");
    }

    @Test
    void separatesColumnsKeptApartBySpacesAndReadsAPartyHeader() {
        Header h = HeaderParser.parse(doc(
                "  ĐẢNG BỘ TỈNH HẢI DƯƠNG            ĐẢNG CỘNG SẢN VIỆT NAM",
                "   HUYỆN ỦY BÌNH GIANG",
                "            *",
                "   Số 45-KH/HU                   Bình Giang, ngày 10 tháng 4 năm 2023",
                "",
                "KẾ HOẠCH",
                "thực hiện Chỉ thị số 33-CT/TU",
                "-----",
                "Thực hiện Chỉ thị số 33-CT/TU của Ban Thường vụ Tỉnh ủy."));
        assertThat(h.issuingBodyLines()).containsExactly("ĐẢNG BỘ TỈNH HẢI DƯƠNG", "HUYỆN ỦY BÌNH GIANG");
        assertThat(h.issuerName()).isEqualTo("Huyện ủy Bình Giang");
        assertThat(h.numberAndSymbol()).isEqualTo("45-KH/HU");
        assertThat(h.number()).isEqualTo("45");
        assertThat(h.symbol()).isEqualTo("KH/HU");
        assertThat(h.place()).isEqualTo("Bình Giang");
        assertThat(h.date()).isEqualTo(LocalDate.of(2023, 4, 10));
        assertThat(h.title()).isEqualTo("thực hiện Chỉ thị số 33-CT/TU");
    }

    @Test
    void takesTheIssuerFromTheBodyWhenTheHeaderIsMissing() {
        DocumentText d = doc(
                " KẾ HOẠCH ",
                "",
                "Thực hiện công tác dân vận năm 2023. ",
                "",
                "Thực hiện Kế hoạch số 641/KH-UBND ngày 26/5/2023 của UBND thành phố; UBND phường ",
                "",
                "Trường Thi xây dựng kế hoạch thực hiện cụ thể như sau: ",
                "",
                "I. MỤC ĐÍCH, YÊU CẦU");
        Header h = HeaderParser.parse(d);
        assertThat(h.issuingBodyLines()).isEmpty();
        assertThat(h.numberAndSymbol()).isNull();
        assertThat(h.dateAsPrinted()).isNull();
        assertThat(h.typeCode()).isEqualTo("kh");
        assertThat(h.title()).as("a title ends with its sentence, without the period").isEqualTo("Thực hiện công tác dân vận năm 2023");
        assertThat(h.titleSpan().text()).isEqualTo("Thực hiện công tác dân vận năm 2023");
        assertThat(h.issuerSource()).isEqualTo(Header.IssuerSource.BODY);
        assertThat(h.issuerText()).isEqualTo("UBND phường Trường Thi");
        assertThat(h.issuerSpan().text()).isEqualTo("UBND phường \n\nTrường Thi");
    }

    @Test
    void takesTheIssuerFromTheBodyWhenTheHeaderHasANumberButNoBody() {
        Header h = HeaderParser.parse(doc(
                "",
                "Số: 10/KH-UBND",
                "Lãm Hà, ngày 27 tháng 02 năm 2024",
                "**KẾ HOẠCH**  ",
                "**Triển khai thực hiện công tác dân vận chính quyền năm 2024**",
                "",
                "Thực hiện Kế hoạch số 41/KH-UBND của Ủy ban nhân dân quận Kiến An. Ủy ban nhân dân phường Lãm Hà ban hành Kế hoạch như sau:",
                "",
                "**I. MỤC ĐÍCH YÊU CẦU**"));
        assertThat(h.numberAndSymbol()).isEqualTo("10/KH-UBND");
        assertThat(h.typeWord()).isEqualTo("KẾ HOẠCH");
        assertThat(h.title()).isEqualTo("Triển khai thực hiện công tác dân vận chính quyền năm 2024");
        assertThat(h.issuerSource()).isEqualTo(Header.IssuerSource.BODY);
        assertThat(h.issuerText()).isEqualTo("Ủy ban nhân dân phường Lãm Hà");
    }

    @Test
    void readsAHeaderTableLeftByWordToMarkdown() {
        Header h = HeaderParser.parse(doc(
                "| **ỦY BAN NHÂN DÂN**<br>**PHƯỜNG LÃM HÀ** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc** |",
                "|---|---|",
                "| Số: 10 /KH-UBND | *Lãm Hà, ngày 27 tháng 02 năm 2024* |",
                "",
                "## **KẾ HOẠCH**",
                "**Triển khai thực hiện công tác dân vận**",
                "",
                "Thực hiện Chỉ thị số 33/CT-TTg."));
        assertThat(h.issuingBodyLines()).containsExactly("ỦY BAN NHÂN DÂN", "PHƯỜNG LÃM HÀ");
        assertThat(h.issuerName()).isEqualTo("Ủy ban nhân dân phường Lãm Hà");
        assertThat(h.numberAndSymbol()).isEqualTo("10/KH-UBND");
        assertThat(h.dateAsPrinted()).isEqualTo("Lãm Hà, ngày 27 tháng 02 năm 2024");
        assertThat(h.place()).isEqualTo("Lãm Hà");
        assertThat(h.typeWord()).isEqualTo("KẾ HOẠCH");
        assertThat(h.title()).isEqualTo("Triển khai thực hiện công tác dân vận");
    }

    @Test
    void readsAnOfficialLetterWithoutTypeLine() {
        Header h = HeaderParser.parse(doc(
                "UBND HUYỆN BÌNH GIANG          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "PHÒNG NỘI VỤ                   Độc lập - Tự do - Hạnh phúc",
                "Số: 123/PNV                    Bình Giang, ngày 5 tháng 3 năm 2023",
                "V/v báo cáo kết quả thực hiện",
                "công tác dân vận năm 2023",
                "",
                "Kính gửi: UBND các xã, thị trấn.",
                "Thực hiện Kế hoạch số 20/KH-UBND …"));
        assertThat(h.typeCode()).isEqualTo("cv");
        assertThat(h.typeWord()).isNull();
        assertThat(h.title()).isEqualTo("báo cáo kết quả thực hiện công tác dân vận năm 2023");
        assertThat(h.issuingBodyLines()).containsExactly("UBND HUYỆN BÌNH GIANG", "PHÒNG NỘI VỤ");
        assertThat(h.issuerName()).isEqualTo("Phòng Nội vụ huyện Bình Giang");
        assertThat(h.numberAndSymbol()).isEqualTo("123/PNV");
    }

    @Test
    void typeComesFromTheSymbolWhenNoTypeLineIsPrinted() {
        Header h = HeaderParser.parse(doc(
                "ỦY BAN NHÂN DÂN XÃ A",
                "Số: 05/BC-UBND",
                "Căn cứ kết quả thực hiện năm 2023;"));
        assertThat(h.typeCode()).isEqualTo("bc");
        assertThat(h.typeWord()).isNull();
    }

    @Test
    void keepsTheYearOfALegalDocumentNumber() {
        Header h = HeaderParser.parse(doc(
                "CHÍNH PHỦ",
                "Số: 04/2015/NĐ-CP",
                "Hà Nội, ngày 09 tháng 01 năm 2015",
                "NGHỊ ĐỊNH",
                "Về thực hiện dân chủ trong hoạt động của cơ quan hành chính nhà nước",
                "Căn cứ Luật Tổ chức Chính phủ;"));
        assertThat(h.number()).isEqualTo("04/2015");
        assertThat(h.symbol()).isEqualTo("NĐ-CP");
        assertThat(h.numberAndSymbol()).isEqualTo("04/2015/NĐ-CP");
        assertThat(h.typeCode()).isEqualTo("nd");
        assertThat(h.place()).isEqualTo("Hà Nội");
        assertThat(h.issuerName()).isEqualTo("Chính phủ");
    }

    @Test
    void readsTheTypeWordOfATwoWordTypeAndATitleOnTheSameLine() {
        Header programme = HeaderParser.parse(doc("CHƯƠNG TRÌNH HÀNH ĐỘNG", "Thực hiện Nghị quyết số 27-NQ/TW", "Căn cứ …"));
        assertThat(programme.typeCode()).isEqualTo("ctr");
        assertThat(programme.typeWord()).isEqualTo("CHƯƠNG TRÌNH HÀNH ĐỘNG");
        assertThat(programme.title()).isEqualTo("Thực hiện Nghị quyết số 27-NQ/TW");

        Header sameLine = HeaderParser.parse(doc("BÁO CÁO Kết quả công tác dân vận năm 2023", "", "Thực hiện Kế hoạch …"));
        assertThat(sameLine.typeCode()).isEqualTo("bc");
        assertThat(sameLine.typeWord()).isEqualTo("BÁO CÁO");
        assertThat(sameLine.title()).isEqualTo("Kết quả công tác dân vận năm 2023");
    }

    @Test
    void decomposedAccentsFromPdfMatchAndSpansPointIntoTheRawText() {
        String composed = String.join("\n", "ỦY BAN NHÂN DÂN", "XÃ THÁI HỌC", "Số: 10/KH-UBND",
                "Thái Học, ngày 27 tháng 02 năm 2024", "KẾ HOẠCH", "Triển khai công tác dân vận", "Thực hiện …");
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        DocumentText d = new DocumentText("nfd.txt", decomposed);
        Header h = HeaderParser.parse(d);
        assertThat(h.issuerText()).isEqualTo("ỦY BAN NHÂN DÂN XÃ THÁI HỌC");
        assertThat(h.date()).isEqualTo(LocalDate.of(2024, 2, 27));
        assertThat(h.dateSpan().text()).isEqualTo(Normalizer.normalize("Thái Học, ngày 27 tháng 02 năm 2024", Normalizer.Form.NFD));
        assertThat(d.raw().substring(h.titleSpan().start(), h.titleSpan().end())).isEqualTo(h.titleSpan().text());
        assertThat(h.title()).isEqualTo("Triển khai công tác dân vận");
    }

    @Test
    void readableNamesKeepAbbreviationsAndTheCaseOfBodyNames() {
        assertThat(IssuerNames.readable(List.of("UBND XÃ THÁI HỌC"))).isEqualTo("UBND xã Thái Học");
        assertThat(IssuerNames.readable(List.of("ỦY BAN NHÂN DÂN", "HUYỆN DƯƠNG MINH CHÂU"))).isEqualTo("Ủy ban nhân dân huyện Dương Minh Châu");
        assertThat(IssuerNames.readable(List.of("HUYỆN ỦY DƯƠNG MINH CHÂU", "BAN DÂN VẬN"))).isEqualTo("Ban Dân vận Huyện ủy Dương Minh Châu");
        assertThat(IssuerNames.readable(List.of("ỦY BAN NHÂN DÂN", "THỊ TRẤN KẺ SẶT"))).isEqualTo("Ủy ban nhân dân thị trấn Kẻ Sặt");
        assertThat(IssuerNames.readable(List.of("BAN THƯỜNG VỤ HUYỆN ỦY"))).isEqualTo("Ban Thường vụ Huyện ủy");
        assertThat(IssuerNames.readable(List.of())).isNull();
    }

    @Test
    void readsALayoutPreservingConversionWithRulesUnderTheColumns() {
        DocumentText d = new DocumentText("layout.txt", String.join("\r\n",
                "UỶ BAN NHÂN DÂN                 CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "HUYỆN BÌNH GIANG                      Độc lập - Tự do - Hạnh phúc",
                "      ________                              ____________________",
                "Số:   125 /KH-UBND                 Bình Giang, ngày 15 tháng 3 năm 2023",
                "",
                "                                   KẾ HOẠCH",
                "              Triển khai thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021",
                "                   của Thủ tướng Chính phủ trên địa bàn huyện",
                "                              _______________",
                "",
                "     Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;"));
        Header h = HeaderParser.parse(d);
        assertThat(h.issuingBodyLines()).containsExactly("UỶ BAN NHÂN DÂN", "HUYỆN BÌNH GIANG");
        assertThat(h.issuerName()).isEqualTo("Uỷ ban nhân dân huyện Bình Giang");
        assertThat(h.numberAndSymbol()).isEqualTo("125/KH-UBND");
        assertThat(h.numberSpan().text()).isEqualTo("Số:   125 /KH-UBND");
        assertThat(h.date()).isEqualTo(LocalDate.of(2023, 3, 15));
        assertThat(h.title()).isEqualTo("Triển khai thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ trên địa bàn huyện");
        assertThat(h.titleSpan().text()).isEqualTo("Triển khai thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021\r\n"
                + "                   của Thủ tướng Chính phủ trên địa bàn huyện");
    }

    @Test
    void typesSharingAnAbbreviationAreToldApartByTheNumberStyle() {
        DocumentTypes types = DocumentTypes.packaged();
        assertThat(types.codeForSymbol("TT-BNV", false)).isEqualTo("tt");
        assertThat(types.codeForSymbol("TT/TW", true)).isEqualTo("ttri");
        assertThat(types.codeForSymbol("QH15", false)).isEqualTo("luat");
        assertThat(types.codeForSymbol("CTr/BDVHU-UBND", true)).isEqualTo("ctr");
        assertThat(types.codeForSymbol("UBND-NCPC", false)).isNull();
    }

    @Test
    void readsAPartyReportWithCommitteeIssuer() {
        Header h = HeaderParser.parse(doc(
                "ĐẢNG ỦY XÃ NAM CHÍNH        ĐẢNG CỘNG SẢN VIỆT NAM",
                "*",
                "Số 05-BC/ĐU       Nam Chính, ngày 20 tháng 12 năm 2023",
                "BÁO CÁO",
                "kết quả công tác dân vận năm 2023",
                "",
                "I. KẾT QUẢ THỰC HIỆN"));
        assertThat(h.issuingBodyLines()).containsExactly("ĐẢNG ỦY XÃ NAM CHÍNH");
        assertThat(h.issuerName()).isEqualTo("Đảng ủy xã Nam Chính");
        assertThat(h.numberAndSymbol()).isEqualTo("05-BC/ĐU");
        assertThat(h.typeCode()).isEqualTo("bc");
        assertThat(h.date()).isEqualTo(LocalDate.of(2023, 12, 20));
        assertThat(h.title()).isEqualTo("kết quả công tác dân vận năm 2023");
    }

    @Test
    void aDocumentWithoutHeaderOrIssuerGivesNothing() {
        Header h = HeaderParser.parse(doc("Một đoạn văn bản không có tiêu đề.", "Dòng thứ hai."));
        assertThat(h.issuerSource()).isEqualTo(Header.IssuerSource.NONE);
        assertThat(h.issuerText()).isNull();
        assertThat(h.typeCode()).isNull();
        assertThat(h.title()).isNull();
        assertThat(h.numberAndSymbol()).isNull();
        assertThat(h.year()).isNull();
    }
}
