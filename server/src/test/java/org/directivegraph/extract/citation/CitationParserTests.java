package org.directivegraph.extract.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.directivegraph.extract.DocumentText;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The citation grammar, one written form at a time, on sentences written for these tests (the seed plans
 * are checked in {@link CitationSeedTests}).
 */
class CitationParserTests {

    static List<CitationMention> parse(String text) {
        return CitationParser.parse(new DocumentText("test.txt", text));
    }

    static CitationMention only(String text) {
        List<CitationMention> mentions = parse(text);
        assertThat(mentions).as("mentions in %s", text).hasSize(1);
        return mentions.get(0);
    }

    @Nested
    class NumberedCitations {

        @Test
        void stateDocumentWithDateIssuerAndSubject() {
            String text = "Thực hiện Chỉ thị số 12/CT-TTg ngày 05/3/2020 của Thủ tướng Chính phủ về đẩy mạnh cải cách "
                    + "hành chính; UBND xã ban hành kế hoạch.";
            CitationMention m = only(text);
            assertThat(m.typeCode()).isEqualTo("ct");
            assertThat(m.typeWord()).isEqualTo("Chỉ thị");
            assertThat(m.number()).isEqualTo("12");
            assertThat(m.symbol()).isEqualTo("CT-TTg");
            assertThat(m.numberAndSymbol()).isEqualTo("12/CT-TTg");
            assertThat(m.date()).isEqualTo(LocalDate.of(2020, 3, 5));
            assertThat(m.year()).isEqualTo(2020);
            assertThat(m.issuerText()).isEqualTo("Thủ tướng Chính phủ");
            assertThat(m.subject()).isEqualTo("đẩy mạnh cải cách hành chính");
            assertThat(m.text()).isEqualTo("Chỉ thị số 12/CT-TTg ngày 05/3/2020 của Thủ tướng Chính phủ");
            assertThat(m.span().text()).isEqualTo("Chỉ thị số 12/CT-TTg ngày 05/3/2020 của Thủ tướng Chính phủ");
            assertThat(text.substring(m.span().start(), m.span().end())).isEqualTo(m.span().text());
        }

        @Test
        void numbersSharingOneSymbolAreOneMentionEach() {
            List<CitationMention> ms = parse("Phối hợp theo Quyết định số 101, 102-QĐ/TW ngày 15/6/2017 của Ban Bí thư về "
                    + "công tác kiểm tra.");
            assertThat(ms).extracting(CitationMention::number).containsExactly("101", "102");
            assertThat(ms).extracting(CitationMention::numberAndSymbol).containsExactly("101-QĐ/TW", "102-QĐ/TW");
            assertThat(ms).allSatisfy(m -> {
                assertThat(m.symbol()).isEqualTo("QĐ/TW");
                assertThat(m.typeCode()).isEqualTo("qd");
                assertThat(m.date()).isEqualTo(LocalDate.of(2017, 6, 15));
                assertThat(m.issuerText()).isEqualTo("Ban Bí thư");
                assertThat(m.span()).isEqualTo(ms.get(0).span());
            });
            assertThat(ms.get(0).text()).isEqualTo("Quyết định số 101, 102-QĐ/TW ngày 15/6/2017 của Ban Bí thư");
        }

        @Test
        void listJoinedByVaWithFullSymbols() {
            List<CitationMention> ms = parse("các Nghị quyết số 18-NQ/TW và 19-NQ/TW ngày 25/10/2017 của Ban Chấp hành "
                    + "Trung ương");
            assertThat(ms).extracting(CitationMention::numberAndSymbol).containsExactly("18-NQ/TW", "19-NQ/TW");
            assertThat(ms).extracting(CitationMention::issuerText).containsOnly("Ban Chấp hành Trung ương");
        }

        @Test
        void withoutSo() {
            CitationMention m = only("Theo Kết luận 45-KL/TW ngày 02/02/2019 của Ban Bí thư.");
            assertThat(m.typeCode()).isEqualTo("kl");
            assertThat(m.numberAndSymbol()).isEqualTo("45-KL/TW");
            assertThat(m.date()).isEqualTo(LocalDate.of(2019, 2, 2));
        }

        @Test
        void legalNormativeWithoutDate() {
            CitationMention m = only("Áp dụng Nghị định 30/2020/NĐ-CP về công tác văn thư.");
            assertThat(m.typeCode()).isEqualTo("nd");
            assertThat(m.number()).isEqualTo("30/2020");
            assertThat(m.symbol()).isEqualTo("NĐ-CP");
            assertThat(m.numberAndSymbol()).isEqualTo("30/2020/NĐ-CP");
            assertThat(m.date()).isNull();
            assertThat(m.year()).isEqualTo(2020);
            assertThat(m.issuerText()).isNull();
            assertThat(m.subject()).isEqualTo("công tác văn thư");
            assertThat(m.text()).isEqualTo("Nghị định 30/2020/NĐ-CP");
        }

        @Test
        void ordinanceWithTermOfOffice() {
            CitationMention m = only("Theo Pháp lệnh số 02/2018/PL-UBTVQH14 ngày 12/3/2018 của Ủy ban Thường vụ Quốc "
                    + "hội (khóa XIV) về quản lý hành chính.");
            assertThat(m.typeCode()).isEqualTo("pl");
            assertThat(m.numberAndSymbol()).isEqualTo("02/2018/PL-UBTVQH14");
            assertThat(m.year()).isEqualTo(2018);
            assertThat(m.issuerText()).isEqualTo("Ủy ban Thường vụ Quốc hội");
            assertThat(m.text()).endsWith("của Ủy ban Thường vụ Quốc hội (khóa XIV)");
            assertThat(m.subject()).isEqualTo("quản lý hành chính");
        }

        @Test
        void termOfOfficeWithoutParentheses() {
            CitationMention m = only("Pháp lệnh số 02/2018/PL-UBTVQH14 của ủy ban Thường vụ Quốc hội khóa 14 về quản lý.");
            assertThat(m.issuerText()).isEqualTo("ủy ban Thường vụ Quốc hội");
            assertThat(m.text()).endsWith("khóa 14");
        }

        @Test
        void commaBeforeDate() {
            CitationMention m = only("Quyết định số 15-QĐ/TU, ngày 03/8/2020 của Ban Thường vụ Tỉnh ủy.");
            assertThat(m.date()).isEqualTo(LocalDate.of(2020, 8, 3));
            assertThat(m.issuerText()).isEqualTo("Ban Thường vụ Tỉnh ủy");
        }

        @Test
        void issuerAfterSubject() {
            String text = "Thực hiện Kế hoạch số 27/KH-UBND, ngày 14/3/2022 về tổ chức Ngày hội đại đoàn kết của Ủy ban "
                    + "nhân dân huyện Tứ Kỳ. UBND xã xây dựng kế hoạch.";
            CitationMention m = only(text);
            assertThat(m.date()).isEqualTo(LocalDate.of(2022, 3, 14));
            assertThat(m.subject()).isEqualTo("tổ chức Ngày hội đại đoàn kết");
            assertThat(m.issuerText()).isEqualTo("Ủy ban nhân dân huyện Tứ Kỳ");
            assertThat(m.text()).isEqualTo("Kế hoạch số 27/KH-UBND, ngày 14/3/2022 về tổ chức Ngày hội đại đoàn kết "
                    + "của Ủy ban nhân dân huyện Tứ Kỳ");
        }

        @Test
        void capitalisedTypeWithBareNumber() {
            CitationMention m = only("Tiếp tục quán triệt Chỉ thị 33 của Thủ tướng Chính phủ.");
            assertThat(m.number()).isEqualTo("33");
            assertThat(m.symbol()).isNull();
            assertThat(m.numberAndSymbol()).isNull();
            assertThat(m.issuerText()).isEqualTo("Thủ tướng Chính phủ");
            assertThat(only("Thực hiện Đề án 06 của Chính phủ.").typeCode()).isEqualTo("dda");
            assertThat(only("Quyết định số 2501 ngày 17/5/2021 của UBND huyện").date()).isEqualTo(LocalDate.of(2021, 5, 17));
        }

        @Test
        void pluralOrLowerCaseTypeFollowedByNumberIsACitation() {
            CitationMention m = only("Rà soát các kế hoạch số 5/KH-UBND của xã.");
            assertThat(m.typeWord()).isEqualTo("kế hoạch");
            assertThat(m.typeCode()).isEqualTo("kh");
            assertThat(m.numberAndSymbol()).isEqualTo("5/KH-UBND");
            assertThat(only("căn cứ quyết định số 7/QĐ-UBND").numberAndSymbol()).isEqualTo("7/QĐ-UBND");
        }

        @Test
        void multiWordTypeWords() {
            CitationMention plan = only("Thực hiện Kế hoạch hành động số 12-KH/TU của Ban Thường vụ Tỉnh ủy.");
            assertThat(plan.typeWord()).isEqualTo("Kế hoạch hành động");
            assertThat(plan.typeCode()).isEqualTo("kh");
            CitationMention programme = only("Chương trình hành động số 08-CTr/HU ngày 1/2/2021 của Huyện ủy");
            assertThat(programme.typeWord()).isEqualTo("Chương trình hành động");
            assertThat(programme.typeCode()).isEqualTo("ctr");
            assertThat(programme.numberAndSymbol()).isEqualTo("08-CTr/HU");
        }

        @Test
        void jointProgrammeOfTwoIssuers() {
            CitationMention m = only("Căn cứ Chương trình số 14-CTr/BDVHU-UBND ngày 03/3/2021 của Ban Dân vận Huyện ủy "
                    + "và Ủy ban nhân dân huyện về phối hợp công tác dân vận.");
            assertThat(m.typeCode()).isEqualTo("ctr");
            assertThat(m.symbol()).isEqualTo("CTr/BDVHU-UBND");
            assertThat(m.numberAndSymbol()).isEqualTo("14-CTr/BDVHU-UBND");
            assertThat(m.issuerText()).isEqualTo("Ban Dân vận Huyện ủy và Ủy ban nhân dân huyện");
            assertThat(m.subject()).isEqualTo("phối hợp công tác dân vận");
        }

        @Test
        void typeWordDecidesTheCodeOverTheSymbolLetters() {
            assertThat(only("theo Quy định số 08-QĐ/TW về trách nhiệm nêu gương").typeCode()).isEqualTo("qyd");
            assertThat(only("Thông tri số 05-TT/TW của Ban Bí thư").typeCode()).isEqualTo("ttri");
            assertThat(only("Thông tư số 01/2016/TT-BNV của Bộ Nội vụ").typeCode()).isEqualTo("tt");
            assertThat(only("Nghị quyết số 42/2017/QH14 của Quốc hội").typeCode()).isEqualTo("nq");
            assertThat(only("Công văn số 1024/UBND-VP của UBND tỉnh").typeCode()).isEqualTo("cv");
        }

        @Test
        void capitalLettersTypeWordWithNumber() {
            CitationMention m = only("BÁO CÁO KẾT QUẢ THỰC HIỆN QUYẾT ĐỊNH SỐ 12/QĐ-UBND");
            assertThat(m.typeWord()).isEqualTo("QUYẾT ĐỊNH");
            assertThat(m.numberAndSymbol()).isEqualTo("12/QĐ-UBND");
        }

        @Test
        void cheapConversionTypos() {
            CitationMention m = only("theo Quyêt định sổ 12/QĐ-UBND của UBND xã");
            assertThat(m.typeWord()).isEqualTo("Quyêt định");
            assertThat(m.typeCode()).isEqualTo("qd");
            assertThat(m.numberAndSymbol()).isEqualTo("12/QĐ-UBND");
            assertThat(only("Chi thị số 4/CT-UBND").typeCode()).isEqualTo("ct");
        }

        @Test
        void toneMarkPlacementDoesNotMatter() {
            CitationMention m = only("Quyết định số 9-QĐ/TU ngày 2/3/2020 của Ban Thường vụ Tỉnh uỷ về việc giao chỉ tiêu");
            assertThat(m.issuerText()).isEqualTo("Ban Thường vụ Tỉnh uỷ");
            assertThat(m.subject()).isEqualTo("giao chỉ tiêu");
        }
    }

    @Nested
    class Dates {

        @ParameterizedTest
        @ValueSource(strings = {"ngày 26/11/2021", "ngày 26-11-2021", "ngày 26.11.2021", "ngày 26 tháng 11 năm 2021",
            "ngày 26/ 11/2021"})
        void writtenForms(String date) {
            CitationMention m = only("Chỉ thị số 7/CT-UBND " + date + " của UBND tỉnh");
            assertThat(m.date()).isEqualTo(LocalDate.of(2021, 11, 26));
            assertThat(m.year()).isEqualTo(2021);
            assertThat(m.text()).contains(date);
        }

        @Test
        void dayAndMonthWithoutLeadingZero() {
            assertThat(only("Quyết định số 6/QĐ-UBND ngày 3/2/2023 của UBND xã").date()).isEqualTo(LocalDate.of(2023, 2, 3));
        }

        @Test
        void blankDayGivesTheYearOnly() {
            CitationMention m = only("Kế hoạch số 4/KH-UBND ngày    tháng 02 năm 2022 của UBND xã");
            assertThat(m.date()).isNull();
            assertThat(m.year()).isEqualTo(2022);
            assertThat(m.issuerText()).isEqualTo("UBND xã");
        }

        @Test
        void dateInParentheses() {
            CitationMention m = only("theo Chỉ thị số 2/CT-UBND (ngày 4/5/2022) của UBND huyện");
            assertThat(m.date()).isEqualTo(LocalDate.of(2022, 5, 4));
            assertThat(m.issuerText()).isEqualTo("UBND huyện");
        }

        @Test
        void invalidDateIsNotTaken() {
            CitationMention m = only("Quyết định số 6/QĐ-UBND ngày 31/2/2023 về tổ chức hội nghị");
            assertThat(m.date()).isNull();
            assertThat(m.text()).isEqualTo("Quyết định số 6/QĐ-UBND");
        }
    }

    @Nested
    class LawsByTitle {

        @Test
        void titleAndDate() {
            CitationMention m = only("Thi hành Luật Tiếp cận thông tin ngày 06/4/2016 trong cơ quan.");
            assertThat(m.typeCode()).isEqualTo("luat");
            assertThat(m.typeWord()).isEqualTo("Luật");
            assertThat(m.number()).isNull();
            assertThat(m.subject()).isEqualTo("Tiếp cận thông tin");
            assertThat(m.date()).isEqualTo(LocalDate.of(2016, 4, 6));
            assertThat(m.text()).isEqualTo("Luật Tiếp cận thông tin ngày 06/4/2016");
        }

        @Test
        void titlesWithoutDateInAList() {
            // laws named only by their titles name bodies of law, not citable documents (data/seeds/README.md)
            List<CitationMention> ms = parse("Phổ biến Luật Đất đai, Luật Phòng, chống tham nhũng, Luật bảo vệ môi "
                    + "trường, các Nghị định hướng dẫn thi hành Luật.");
            assertThat(ms).isEmpty();
        }

        @Test
        void titleStopsBeforeTheNextCitationOrClause() {
            List<CitationMention> ms = parse("Nghị định số 21/2023/NĐ-CP quy định chi tiết Luật Thi đua, khen thưởng và "
                    + "Nghị định 30/2020/NĐ-CP; Luật Tố cáo (có hiệu lực từ 01/01/2019) theo quy định.");
            assertThat(ms).extracting(CitationMention::text).containsExactly("Nghị định số 21/2023/NĐ-CP",
                    "Nghị định 30/2020/NĐ-CP", "Luật Tố cáo");
        }

        @Test
        void yearAfterTheTitleAndCodes() {
            CitationMention land = only("theo Luật Đất đai năm 2013 hiện hành");
            assertThat(land.year()).isEqualTo(2013);
            assertThat(land.subject()).isEqualTo("Đất đai");
            CitationMention code = only("một số điều của Bộ luật Lao động năm 2019 về thời giờ làm việc");
            assertThat(code.typeWord()).isEqualTo("Bộ luật");
            assertThat(code.typeCode()).isEqualTo("luat");
            assertThat(code.subject()).isEqualTo("Lao động");
            assertThat(parse("một số điều của Bộ luật Lao động về thời giờ làm việc")).isEmpty();
        }

        @Test
        void amendingLawNamesTheLawsItAmends() {
            List<CitationMention> ms = parse("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và "
                    + "Luật Viên chức ngày 25 tháng 11 năm 2019;");
            assertThat(ms.get(0).subject()).isEqualTo("sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và "
                    + "Luật Viên chức");
            assertThat(ms.get(0).date()).isEqualTo(LocalDate.of(2019, 11, 25));
            assertThat(ms).extracting(CitationMention::typeCode).containsOnly("luat");
            // "Luật Cán bộ, công chức", named by title only inside the amending law's subject, is not a citation
            // (the last one, "Luật Viên chức", still takes the amending law's date: a known limit)
            assertThat(ms).extracting(CitationMention::subject).doesNotContain("Cán bộ, công chức");
        }

        @Test
        void lawWithNumber() {
            CitationMention m = only("Luật số 10/2022/QH15 của Quốc hội");
            assertThat(m.typeCode()).isEqualTo("luat");
            assertThat(m.number()).isEqualTo("10/2022");
            assertThat(m.symbol()).isEqualTo("QH15");
            assertThat(m.year()).isEqualTo(2022);
            assertThat(m.issuerText()).isEqualTo("Quốc hội");
        }
    }

    @Nested
    class WithoutNumber {

        @Test
        void planOfANamedIssuer() {
            CitationMention m = only("Thực hiện Kế hoạch của UBND huyện Thanh Miện về phát triển giao thông nông thôn. "
                    + "UBND xã xây dựng kế hoạch.");
            assertThat(m.typeCode()).isEqualTo("kh");
            assertThat(m.number()).isNull();
            assertThat(m.numberAndSymbol()).isNull();
            assertThat(m.issuerText()).isEqualTo("UBND huyện Thanh Miện");
            assertThat(m.subject()).isEqualTo("phát triển giao thông nông thôn");
            assertThat(m.text()).isEqualTo("Kế hoạch của UBND huyện Thanh Miện");
        }

        @Test
        void directiveOfAPartyCommittee() {
            CitationMention m = only("Quán triệt Chỉ thị của Ban Thường vụ Thành ủy về tăng cường kỷ cương hành chính; "
                    + "tổ chức kiểm tra.");
            assertThat(m.typeCode()).isEqualTo("ct");
            assertThat(m.issuerText()).isEqualTo("Ban Thường vụ Thành ủy");
            assertThat(m.subject()).isEqualTo("tăng cường kỷ cương hành chính");
        }

        @Test
        void strongIssuerWithoutCua() {
            CitationMention m = only("theo Nghị quyết HĐND xã về dự toán ngân sách năm 2024.");
            assertThat(m.issuerText()).isEqualTo("HĐND xã");
            assertThat(m.subject()).isEqualTo("dự toán ngân sách năm 2024");
        }

        @Test
        void onlyADate() {
            CitationMention m = only("theo Quyết định ngày 12/3/2020 của Chủ tịch nước");
            assertThat(m.date()).isEqualTo(LocalDate.of(2020, 3, 12));
            assertThat(m.issuerText()).isEqualTo("Chủ tịch nước");
        }
    }

    @Nested
    class BareSymbols {

        @Test
        void officialLetterWithoutTypeLetters() {
            CitationMention m = only("Thực hiện theo 1024/UBND-VP ngày 02/10/2023 của UBND tỉnh, các phòng báo cáo.");
            assertThat(m.typeWord()).isNull();
            assertThat(m.typeCode()).isEqualTo("cv");
            assertThat(m.numberAndSymbol()).isEqualTo("1024/UBND-VP");
            assertThat(m.date()).isEqualTo(LocalDate.of(2023, 10, 2));
            assertThat(m.issuerText()).isEqualTo("UBND tỉnh");
            assertThat(m.text()).isEqualTo("1024/UBND-VP ngày 02/10/2023 của UBND tỉnh");
        }

        @Test
        void typeFromTheSymbolLetters() {
            assertThat(only("theo 05-CT/TU").typeCode()).isEqualTo("ct");
            assertThat(only("theo 07/2019/TT-BNV").typeCode()).isEqualTo("tt");
            assertThat(only("theo 05-TT/TW").typeCode()).isEqualTo("ttri");
            assertThat(only("theo 10/2022/QH15").typeCode()).isEqualTo("luat");
            assertThat(only("theo 44-KH/HU").typeCode()).isEqualTo("kh");
        }

        @Test
        void genericWordWithNumberTakesTheTypeFromTheSymbol() {
            CitationMention m = only("Văn bản số 88/SNV-CCHC của Sở Nội vụ");
            assertThat(m.typeWord()).isEqualTo("Văn bản");
            assertThat(m.typeCode()).isEqualTo("cv");
            assertThat(m.issuerText()).isEqualTo("Sở Nội vụ");
        }

        @Test
        void notADateOrARangeOrAStandard() {
            assertThat(parse("giai đoạn 2021-2025, ngày 12/5/2023, TCVN ISO 9001:2015, 24/7, COVID-19, (B/cáo)")).isEmpty();
        }
    }

    @Nested
    class Issuers {

        @Test
        void ministriesWithSectors() {
            assertThat(only("Thông tư số 11/2021/TT-BLĐTBXH của Bộ Lao động - Thương binh và Xã hội về an toàn")
                    .issuerText()).isEqualTo("Bộ Lao động - Thương binh và Xã hội");
            assertThat(only("Quyết định số 9/QĐ-BVHTTDL của Bộ Văn hóa, Thể thao và Du lịch về lễ hội").issuerText())
                    .isEqualTo("Bộ Văn hóa, Thể thao và Du lịch");
            assertThat(only("Quyết định số 4/QĐ-BNV của Bộ Nội vụ hướng dẫn chấm điểm").issuerText()).isEqualTo("Bộ Nội vụ");
        }

        @Test
        void chairmanAndUnits() {
            CitationMention m = only("Quyết định số 5/QĐ-UBND ngày 2/2/2022 của Chủ tịch UBND tỉnh ban hành Quy định "
                    + "tiêu chí thi đua.");
            assertThat(m.issuerText()).isEqualTo("Chủ tịch UBND tỉnh");
            assertThat(m.subject()).isEqualTo("ban hành Quy định tiêu chí thi đua");
            assertThat(only("Kế hoạch số 3/KH-UBND của UBND Phường 5 về trật tự").issuerText()).isEqualTo("UBND Phường 5");
            assertThat(only("Chỉ thị số 2-CT/TW của Ban Chấp hành Trung ương Đảng (khóa XII) về an ninh").issuerText())
                    .isEqualTo("Ban Chấp hành Trung ương Đảng");
        }
    }

    @Nested
    class Subjects {

        @Test
        void stopsAtTheNextCitationOfAList() {
            List<CitationMention> ms = parse("Nghị định số 10/2019/NĐ-CP về tổ chức bộ máy và Thông tư số 05/2020/TT-BNV "
                    + "về chế độ báo cáo, Quyết định số 3/QĐ-UBND về thi đua.");
            assertThat(ms).extracting(CitationMention::subject)
                    .containsExactly("tổ chức bộ máy", "chế độ báo cáo", "thi đua");
        }

        @Test
        void keepsANestedCitation() {
            List<CitationMention> ms = parse("Kế hoạch số 30/KH-UBND ngày 5/4/2022 của UBND tỉnh về việc thực hiện Chỉ "
                    + "thị số 12/CT-TTg ngày 1/3/2022 của Thủ tướng Chính phủ về chuyển đổi số; Quyết định số 8/QĐ-UBND.");
            assertThat(ms).hasSize(3);
            assertThat(ms.get(0).subject()).isEqualTo("thực hiện Chỉ thị số 12/CT-TTg ngày 1/3/2022 của Thủ tướng "
                    + "Chính phủ về chuyển đổi số");
            assertThat(ms.get(1).subject()).isEqualTo("chuyển đổi số");
        }

        @Test
        void quotedTitleWithMarkdownEmphasis() {
            List<CitationMention> ms = parse("Quyết định số 77-QĐ/TU ngày 05/5/2022 của Ban Thường vụ Tỉnh ủy ban hành "
                    + "“*Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh*”. Các chi bộ thực hiện.");
            assertThat(ms).hasSize(1);
            assertThat(ms.get(0).subject()).isEqualTo("ban hành Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh");
        }

        @Test
        void quotedTitleRightAfterTheIssuer() {
            CitationMention m = only("Chỉ thị số 4-CT/TU ngày 2/6/2021 của Ban Thường vụ Tỉnh ủy “Về tăng cường công tác "
                    + "tiếp dân, đối thoại”; Kế hoạch này.");
            assertThat(m.subject()).isEqualTo("tăng cường công tác tiếp dân, đối thoại");
        }

        @Test
        void stopsAtAPurposeClause() {
            CitationMention m = only("Bám sát Kế hoạch số 2/KH-UBND của UBND xã về phát triển kinh tế để kịp thời giải "
                    + "quyết khó khăn.");
            assertThat(m.subject()).isEqualTo("phát triển kinh tế");
        }
    }

    @Nested
    class BrokenText {

        @Test
        void spacesAndLineBreaksInsideTheSymbol() {
            String text = "Chỉ thị số 42- CT/TW ngày 16/3/2015; Kết luận số 21-\nKL/TW ngày 25/10/2021; Chỉ thị số "
                    + "05/CT- TTg ngày 23/3/2023; Quyết định 112-\nQĐ/TU của Ban Thường vụ Tỉnh ủy; Kế hoạch số 6-KH/BDVHU-"
                    + "\n\nUBND ngày 2/2/2022.";
            assertThat(parse(text)).extracting(CitationMention::numberAndSymbol)
                    .containsExactly("42-CT/TW", "21-KL/TW", "05/CT-TTg", "112-QĐ/TU", "6-KH/BDVHU-UBND");
            assertThat(parse(text).get(1).text()).isEqualTo("Kết luận số 21- KL/TW ngày 25/10/2021");
        }

        @Test
        void typeWordBrokenAcrossLines() {
            CitationMention m = only("đã ban hành Nghị\nđịnh số 15/2020/NĐ-CP ngày 3/2/2020 của Chính phủ");
            assertThat(m.typeWord()).isEqualTo("Nghị định");
            assertThat(m.numberAndSymbol()).isEqualTo("15/2020/NĐ-CP");
        }

        @Test
        void pageNumberInsideACitation() {
            String text = "Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính\n\n12\n\nphủ về công tác dân vận.";
            CitationMention m = only(text);
            assertThat(m.issuerText()).isEqualTo("Thủ tướng Chính phủ");
            assertThat(m.text()).isEqualTo("Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ");
            assertThat(m.span().text()).contains("\n\n12\n\n");
            assertThat(m.subject()).isEqualTo("công tác dân vận");
        }

        @Test
        void footnoteSplicedBetweenNgayAndTheDate() {
            String text = "- Quán triệt Quyết định số 805/QĐ-UBND ngày \n"
                    + "                                                  \n\n"
                    + "* Ghi chú: Kế hoạch số 9/KH-UBND ngày 01/02/2020 của UBND xã An Lạc về văn hóa; Chỉ thị số "
                    + "3-CT/HU ngày \n5/6/2019 của Ban Thường vụ Huyện ủy.\n"
                    + " 14/6/2021 của UBND huyện ban hành Quy chế tiếp công dân.";
            List<CitationMention> ms = parse(text);
            assertThat(ms).extracting(CitationMention::numberAndSymbol)
                    .containsExactly("805/QĐ-UBND", "9/KH-UBND", "3-CT/HU");
            CitationMention outer = ms.get(0);
            assertThat(outer.date()).isEqualTo(LocalDate.of(2021, 6, 14));
            assertThat(outer.issuerText()).isEqualTo("UBND huyện");
            assertThat(outer.subject()).isEqualTo("ban hành Quy chế tiếp công dân");
            assertThat(outer.text()).isEqualTo("Quyết định số 805/QĐ-UBND ngày 14/6/2021 của UBND huyện");
            assertThat(outer.span().text()).contains("Ghi chú");
            assertThat(ms.get(1).date()).isEqualTo(LocalDate.of(2020, 2, 1));
            assertThat(ms.get(2).date()).isEqualTo(LocalDate.of(2019, 6, 5));
        }

        @Test
        void noDateFromInsideAFootnote() {
            String text = "Thực hiện Quyết định số 806/QĐ-UBND ngày\n______________________\n"
                    + "¹ Xem Kế hoạch số 10/KH-UBND ngày 01/02/2020.\ncủa UBND huyện về tiếp dân.";
            List<CitationMention> ms = parse(text);
            assertThat(ms).hasSize(2);
            assertThat(ms.get(0).date()).isNull();
            assertThat(ms.get(0).text()).isEqualTo("Quyết định số 806/QĐ-UBND");
            assertThat(ms.get(1).date()).isEqualTo(LocalDate.of(2020, 2, 1));
        }

        @Test
        void markdownAroundTheCitation() {
            CitationMention m = only("**Thực hiện** *Chỉ thị số 3/CT-UBND* ngày 4/4/2024 của **UBND tỉnh**");
            assertThat(m.numberAndSymbol()).isEqualTo("3/CT-UBND");
            assertThat(m.issuerText()).isEqualTo("UBND tỉnh");
            assertThat(m.text()).isEqualTo("Chỉ thị số 3/CT-UBND ngày 4/4/2024 của UBND tỉnh");
        }
    }

    @Nested
    class NotCitations {

        @ParameterizedTest
        @ValueSource(strings = {
            "Thực hiện các Nghị định quy định chi tiết thi hành Luật, các Thông tư hướng dẫn.",
            "Quán triệt các Chỉ thị, Nghị quyết của Đảng, chính sách pháp luật của Nhà nước.",
            "Học tập Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII.",
            "Triển khai kế hoạch này đến các thôn.",
            "Các ban ngành chủ động thực hiện Kế hoạch này.",
            "UBND xã xây dựng kế hoạch thực hiện cụ thể.",
            "Thực hiện tốt Quy chế dân chủ ở cơ sở.",
            "Thực hiện chỉ thị của cấp trên.",
            "Mời Luật sư tư vấn theo quy định của pháp luật.",
            "Trên đây là Kế hoạch của UBND xã về công tác dân vận năm 2024./.",
            "Hoàn thành Kế hoạch 5 năm đã đề ra.",
            "Chỉ thị, Nghị quyết của Tỉnh ủy được quán triệt đầy đủ.",
            "Báo cáo kết quả về UBND huyện trước ngày 20/10/2023.",
            "Các văn bản, Văn bản hướng dẫn của huyện.",
            "Luật, Nghị định và Thông tư."})
        void aKindOfDocumentOrTheDocumentItself(String text) {
            assertThat(parse(text)).isEmpty();
        }

        @Test
        void ownTypeLineAndNumberLine() {
            String header = "ỦY BAN NHÂN DÂN\nXÃ AN LẠC\n\nSố: 15/KH-UBND\n\nAn Lạc, ngày 3 tháng 4 năm 2024\n\n"
                    + "KẾ HOẠCH\nThực hiện công tác dân vận năm 2024\n\n";
            assertThat(parse(header)).isEmpty();
            assertThat(parse("**SỐ: 7/QĐ-UBND**\n\n**QUYẾT ĐỊNH**\nVề việc ban hành Quy chế làm việc")).isEmpty();
        }
    }

    @Test
    void mentionsAreInTextOrder() {
        List<CitationMention> ms = parse("Chỉ thị số 1/CT-UBND; theo 2/UBND-VP; Luật Đất đai năm 2013; Kế hoạch của UBND "
                + "xã về giao thông.");
        assertThat(ms).extracting(m -> m.span().start()).isSorted();
        assertThat(ms).hasSize(4);
    }

    @Test
    void pathologicalMegabyteLinesAreParsedWithoutHanging() {
        String[] fragments = {"Quyết định số 1, ", "Chỉ thị của Ban ", "ngày ", "“", "Luật ", "1/AB-CD-EF-GH-", "về ",
            "của UBND ", "Kế hoạch ", "số ", "12-", "QĐ/", "TW ", "và ", "Thủ tướng Chính phủ ", "2021 ", "/", "-",
            "Nghị quyết HĐND ", "Căn cứ ", "Thực hiện ", "tháng ", "năm ", "(khóa ", "Bộ Văn hóa, ", "*", "\u0301"};
        StringBuilder garbage = new StringBuilder();
        Random random = new Random(42);
        while (garbage.length() < 1_000_000) {
            garbage.append(fragments[random.nextInt(fragments.length)]);
        }
        List<String> lines = List.of(garbage.toString(), "Quyết định số 1, ".repeat(60_000),
                "về Chỉ thị của Ban Thường vụ Tỉnh ủy ".repeat(27_000), "1/A-".repeat(250_000), "x".repeat(1_000_000));
        // a hang guard, not a speed limit (a busy CI machine is slow): that the work stays linear is checked by
        // extract.fuzz.LinearGrowthTests, its speed by the extraction benchmark
        for (String line : lines) {
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
                DocumentText text = new DocumentText("garbage.txt", line);
                List<CitationMention> ms = CitationParser.parse(text);
                assertThat(CitationRoles.classify(text, ms)).hasSameSizeAs(ms);
            });
        }
    }
}
