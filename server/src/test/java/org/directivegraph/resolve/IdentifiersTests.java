package org.directivegraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The identifier rules of docs/identifiers.md, with its examples, and the plan IRIs of the five gold seeds. */
class IdentifiersTests {

    static final String B = "https://w3id.org/directivegraph/";
    final Identifiers ids = Identifiers.DEFAULT;

    @Test
    void keysAreAsciiLowerCaseWithDiacriticsAndDFoldedAndRunsOfOtherCharactersAsOneHyphen() {
        assertThat(Keys.key("NĐ")).isEqualTo("nd");
        assertThat(Keys.key("BDVHU-UBND")).isEqualTo("bdvhu-ubnd");
        assertThat(Keys.key("Xã Nam Chính")).isEqualTo("xa-nam-chinh");
        assertThat(Keys.key("  Ủy ban nhân dân -- xã  Đông Kết!  ")).isEqualTo("uy-ban-nhan-dan-xa-dong-ket");
        assertThat(Keys.key("Uỷ ban")).as("tone mark placement").isEqualTo(Keys.key("Ủy ban"));
        assertThat(Keys.key("ƯBND")).isEqualTo("ubnd");
        assertThat(Keys.key("Văn phòng - Thống kê")).isEqualTo("van-phong-thong-ke");
        assertThat(Keys.key("—")).isEmpty();
    }

    @Test
    void hashesAreSha256InHex() {
        assertThat(Keys.sha256Hex("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(Keys.hash8(Keys.sha256Hex(""))).isEqualTo("e3b0c442");
        assertThat(Keys.keyHash8("Kế hoạch của UBND huyện Bình Giang")).isEqualTo("ded2c5be");
    }

    @Test
    void unitsAndTheirSegments() {
        assertThat(ids.unit("VN")).isEqualTo(B + "id/unit/VN");
        assertThat(ids.unit("10981")).isEqualTo(B + "id/unit/10981");
        assertThat(ids.unit2025("01")).isEqualTo(B + "id/unit/2025/01");
        assertThat(ids.unit2025("VN")).isEqualTo(B + "id/unit/VN");
        assertThat(Identifiers.unitSegment(B + "id/unit/10981")).isEqualTo("10981");
        assertThat(Identifiers.unitSegment(B + "id/unit/2025/01")).isEqualTo("2025/01");
        assertThat(Identifiers.unitSegment(B + "id/unit/10981/v/2021-11-01")).isEqualTo("10981");
        assertThat(Identifiers.unresolvedUnitSegment("XÃ NAM CHÍNH")).isEqualTo("x-xa-nam-chinh");
        assertThat(Identifiers.unresolvedUnitSegment("huyện")).isEqualTo("x-huyen");
        assertThat(Identifiers.isUnresolvedSegment("x-tinh")).isTrue();
        assertThat(Identifiers.isUnresolvedSegment("30")).isFalse();
    }

    @Test
    void bodies() {
        assertThat(ids.body("10981", "ubnd")).isEqualTo(B + "id/body/10981/ubnd");
        assertThat(ids.body("VN", "ttg")).isEqualTo(B + "id/body/VN/ttg");
        assertThat(ids.body("31", "btvtu")).isEqualTo(B + "id/body/31/btvtu");
        assertThat(ids.body("707", "pnv")).isEqualTo(B + "id/body/707/pnv");
        assertThat(ids.body("x-xa-nam-chinh", "cac-ban-nganh-can-bo-cong-chuc"))
                .isEqualTo(B + "id/body/x-xa-nam-chinh/cac-ban-nganh-can-bo-cong-chuc");
        assertThat(ids.body("2025/01", "ubnd")).isEqualTo(B + "id/body/2025/01/ubnd");
        assertThatThrownBy(() -> ids.body("10981", "UBND")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ids.body("Xã Thái Học", "ubnd")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theIssuerKeyIsTheSymbolsIssuerPartWithoutATermNumber() {
        assertThat(Identifiers.issuerKeyOfSymbol("KH-UBND")).isEqualTo("ubnd");
        assertThat(Identifiers.issuerKeyOfSymbol("QĐ/TW")).isEqualTo("tw");
        assertThat(Identifiers.issuerKeyOfSymbol("NĐ-CP")).isEqualTo("cp");
        assertThat(Identifiers.issuerKeyOfSymbol("CTr/BDVHU-UBND")).isEqualTo("bdvhu-ubnd");
        assertThat(Identifiers.issuerKeyOfSymbol("PL-UBTVQH11")).isEqualTo("ubtvqh");
        assertThat(Identifiers.issuerKeyOfSymbol("QH15")).isEqualTo("qh");
        assertThat(Identifiers.issuerKeyOfSymbol("KH/TU")).isEqualTo("tu");
        assertThat(Identifiers.issuerKeyOfSymbol("CT- TTg")).as("spacing").isEqualTo("ttg");
        assertThat(Identifiers.issuerKeyOfSymbol("TT-BNV")).isEqualTo("bnv");
        assertThat(Identifiers.issuerKeyOfSymbol("CV/TU")).isEqualTo("tu");
        assertThat(Identifiers.issuerKeyOfSymbol("QC/TU")).isEqualTo("tu");
        assertThat(Identifiers.issuerKeyOfSymbol("UBND-NCPC")).as("an official letter has no type letters").isEqualTo("ubnd-ncpc");
        assertThat(Identifiers.issuerKeyOfSymbol("2015/NĐ-CP")).as("a year passed along").isEqualTo("cp");
        assertThat(Identifiers.issuerKeyOfSymbol(null)).isNull();
    }

    @Test
    void numbersLoseLeadingZerosAndTheirYear() {
        assertThat(Identifiers.numberSegment("01")).isEqualTo("1");
        assertThat(Identifiers.numberSegment("04/2015")).isEqualTo("4");
        assertThat(Identifiers.numberSegment("0")).isEqualTo("0");
        assertThat(Identifiers.numberSegment(" 149 ")).isEqualTo("149");
        assertThat(Identifiers.numberSegment(null)).isEmpty();
        assertThat(Identifiers.yearOfNumber("04/2015")).isEqualTo(2015);
        assertThat(Identifiers.yearOfNumber("34/2007")).isEqualTo(2007);
        assertThat(Identifiers.yearOfNumber("33")).isNull();
    }

    @Test
    void documentsFollowTheExamplesOfIdentifiersMd() {
        assertThat(ids.document("VN", Identifiers.issuerKeyOfSymbol("CT-TTg"), 2021, "ct", "33"))
                .isEqualTo(B + "id/doc/VN/ttg/2021/ct-33");
        assertThat(ids.document("VN", Identifiers.issuerKeyOfSymbol("QĐ/TW"), 2021, "qd", "23"))
                .isEqualTo(B + "id/doc/VN/tw/2021/qd-23");
        assertThat(ids.document("307", Identifiers.issuerKeyOfSymbol("KH-UBND"), 2024, "kh", "41"))
                .isEqualTo(B + "id/doc/307/ubnd/2024/kh-41");
        assertThat(ids.document("VN", Identifiers.issuerKeyOfSymbol("NĐ-CP"), Identifiers.yearOfNumber("04/2015"), "nd", "04/2015"))
                .isEqualTo(B + "id/doc/VN/cp/2015/nd-4");
        assertThat(ids.document("707", Identifiers.issuerKeyOfSymbol("CTr/BDVHU-UBND"), 2022, "ctr", "30"))
                .isEqualTo(B + "id/doc/707/bdvhu-ubnd/2022/ctr-30");
        assertThat(ids.document("x-tinh", "ubnd", 2022, "ct", "01")).isEqualTo(B + "id/doc/x-tinh/ubnd/2022/ct-1");
        assertThat(ids.document("VN", Identifiers.issuerKeyOfSymbol("PL-UBTVQH11"), 2007, "pl", "34/2007"))
                .isEqualTo(B + "id/doc/VN/ubtvqh/2007/pl-34");
        assertThatThrownBy(() -> ids.document("VN", "ttg", 2021, "ct", "  ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void numberlessAndUnidentifiableDocuments() {
        String sha = "7428553ae5040274c3b9d78e1f230e677e940cb7f8da8012166a41a617422f0b";
        String plan = ids.numberlessDocument("10981", "ubnd", 2022, "kh", sha);
        assertThat(plan).isEqualTo(B + "id/doc/10981/ubnd/2022/kh-u7428553a");
        assertThat(Identifiers.unresolvedCited(plan, "Kế hoạch của UBND huyện Bình Giang")).isEqualTo(plan + "/cited/ded2c5be");
        assertThat(Identifiers.unresolvedCited(plan, "Chỉ thị của Ban Thường vụ Tỉnh ủy")).isEqualTo(plan + "/cited/2c8b913c");
        assertThat(Identifiers.unresolvedCited(plan, "Chỉ thị của  UBND huyện")).as("white space").isEqualTo(plan + "/cited/09a5cb93");
    }

    @Test
    void partsOfADocument() {
        String d = B + "id/doc/VN/ttg/2021/ct-33";
        assertThat(Identifiers.graph(d)).isEqualTo(d + "/graph");
        assertThat(Identifiers.source(d)).isEqualTo(d + "/source");
        assertThat(Identifiers.span(d, 30, 46)).isEqualTo(d + "/span/30-46");
        assertThat(Identifiers.section(d, 2)).isEqualTo(d + "/section/2");
        assertThat(Identifiers.task(d, "2")).isEqualTo(d + "/task/2");
        assertThat(Identifiers.task(d, "2.1")).isEqualTo(d + "/task/2.1");
        assertThat(Identifiers.task(d, "2.a)")).isEqualTo(d + "/task/2.a");
        assertThat(Identifiers.citation(d, 1)).isEqualTo(d + "/citation/1");
        assertThat(Identifiers.responsibility(d, 3)).isEqualTo(d + "/responsibility/3");
        assertThat(Identifiers.indicator(d, 3)).isEqualTo(d + "/indicator/3");
        assertThat(Identifiers.obligation(d, 1)).isEqualTo(d + "/obligation/1");
        assertThat(Identifiers.recipient(d, 4)).isEqualTo(d + "/recipient/4");
        assertThat(Identifiers.signature(d)).isEqualTo(d + "/signature");
        assertThat(Identifiers.issuerStatement(d, 2)).isEqualTo(d + "/issuer-statement/2");
        assertThatThrownBy(() -> Identifiers.citation(d, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Identifiers.span(d, 5, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anotherBaseForPublishing() {
        Identifiers local = new Identifiers("http://localhost:8080/");
        assertThat(local.body("VN", "ttg")).isEqualTo("http://localhost:8080/id/body/VN/ttg");
        assertThatThrownBy(() -> new Identifiers("http://localhost:8080")).isInstanceOf(IllegalArgumentException.class);
    }

    /** Header facts of a seed: unit segment, symbol (null: none printed), year, number (null: blank). */
    record Header(String file, String segment, String symbol, int year, String number, String issuerKey, String gold) {
    }

    @Test
    void theFiveSeedPlansAreNamedFromTheirTextAndHeader() throws Exception {
        List<Header> seeds = List.of(
                new Header("000_10e9ab392167727b", "10981", "KH-UBND", 2022, null, "ubnd",
                        "id/doc/10981/ubnd/2022/kh-u7428553a"),
                new Header("001_09e8b167c0733129", "11429", "KH-UBND", 2024, "10", "ubnd", "id/doc/11429/ubnd/2024/kh-10"),
                new Header("002_e8343cfd8903a018", "14764", null, 2023, null, "ubnd", "id/doc/14764/ubnd/2023/kh-u1ab2e56d"),
                new Header("003_5e30993f3c594bd5", "707", null, 2023, null, "ubnd", "id/doc/707/ubnd/2023/kh-u0d163c87"),
                new Header("004_10255b9cbb26c87c", "x-xa-nam-chinh", "KH-UBND", 2023, null, "ubnd",
                        "id/doc/x-xa-nam-chinh/ubnd/2023/kh-ub32feb20"));
        for (Header h : seeds) {
            byte[] text = Files.readAllBytes(Path.of("../data/seeds", h.file() + ".txt"));
            String issuerKey = h.symbol() != null ? Identifiers.issuerKeyOfSymbol(h.symbol()) : h.issuerKey();
            String iri = h.number() != null ? ids.document(h.segment(), issuerKey, h.year(), "kh", h.number())
                    : ids.numberlessDocument(h.segment(), issuerKey, h.year(), "kh", Keys.sha256Hex(text));
            assertThat(iri).as(h.file()).isEqualTo(B + h.gold());
            String goldGraph = Files.readString(Path.of("../data/seeds", h.file() + ".ttl"));
            assertThat(goldGraph).as("the gold graph describes the plan").contains("<" + iri + ">\n    a dg:Plan");
        }
    }
}
