package org.directivegraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.directivegraph.units.UnitCandidate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The issuers of the five seeds, from their header lines (or the body's issuer), place, date and text. */
class IssuerResolverTests {

    static IssuerResolver issuers;

    @BeforeAll
    static void load() {
        issuers = new IssuerResolver(SeedContexts.index());
    }

    static String text(String stem) throws Exception {
        try (var files = Files.list(Path.of("../data/seeds"))) {
            Path p = files.filter(f -> f.getFileName().toString().startsWith(stem + "_") && f.toString().endsWith(".txt"))
                    .findFirst().orElseThrow();
            return Files.readString(p, StandardCharsets.UTF_8);
        }
    }

    @Test
    void seed000IsXaThaiHocOfHuyenBinhGiang() throws Exception {
        IssuerResolution r = issuers.resolve(List.of("ỦY BAN NHÂN DÂN", "XÃ THÁI HỌC"), "Thái Học",
                IssuerResolver.asOf(null, YearMonth.of(2022, 2), 2022), IssuerClues.fromText(text("000")));
        assertThat(r.named()).extracting(UnitCandidate::code).containsExactly("01315", "10981");
        assertThat(r.unitSegment()).isEqualTo("10981");
        assertThat(r.bodyIri()).isEqualTo(SeedContexts.B + "id/body/10981/ubnd");
        assertThat(r.cluesUsed()).contains("Huyện Bình Giang");
        assertThat(r.context().chain()).extracting(u -> u.code()).containsExactly("296", "30", "VN");
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void seed001IsPhuongLamHaOfQuanKienAn() throws Exception {
        IssuerResolution r = issuers.resolve("Ủy ban nhân dân phường Lãm Hà", "Lãm Hà", LocalDate.of(2024, 2, 27),
                IssuerClues.fromText(text("001")));
        assertThat(r.unitSegment()).isEqualTo("11429");
        assertThat(r.bodyKey()).isEqualTo("ubnd");
        assertThat(r.context().chain()).extracting(u -> u.name()).startsWith("Quận Kiến An", "Thành phố Hải Phòng");
    }

    @Test
    void seed002IsPhuongTruongThiOfThanhPhoThanhHoa() throws Exception {
        LocalDate in2023 = IssuerResolver.asOf(null, null, 2023);
        IssuerResolution r = issuers.resolve("UBND phường Trường Thi", null, in2023, IssuerClues.fromText(text("002")));
        assertThat(r.named()).extracting(UnitCandidate::code).containsExactly("13657", "14764", "16690");
        assertThat(r.unitSegment()).isEqualTo("14764");
        assertThat(r.cluesUsed()).contains("Thành phố Thanh Hóa");
        IssuerResolution blind = issuers.resolve("UBND phường Trường Thi", null, in2023, IssuerClues.none());
        assertThat(blind.isAmbiguous()).isTrue();
        assertThat(blind.unitSegment()).isEqualTo("x-phuong-truong-thi");
    }

    @Test
    void seed003IsTheDistrictDuongMinhChau() throws Exception {
        IssuerResolution r = issuers.resolve("UBND huyện Dương Minh Châu", "Huyện Dương Minh Châu",
                IssuerResolver.asOf(null, null, 2023), IssuerClues.fromText(text("003")));
        assertThat(r.unitSegment()).isEqualTo("707");
        assertThat(r.bodyIri()).isEqualTo(SeedContexts.B + "id/body/707/ubnd");
        assertThat(r.context().chain()).extracting(u -> u.name()).containsExactly("Tỉnh Tây Ninh", "Việt Nam");
    }

    @Test
    void seed004IsOneOfThreeXaNamChinhAndNothingIsPicked() throws Exception {
        IssuerResolution r = issuers.resolve(List.of("ỦY BAN NHÂN DÂN", "XÃ NAM CHÍNH"), "Nam Chính",
                IssuerResolver.asOf(null, YearMonth.of(2023, 1), 2023), IssuerClues.fromText(text("004")));
        assertThat(r.isAmbiguous()).isTrue();
        assertThat(r.candidateCodes()).containsExactly("10627", "13045", "23206");
        assertThat(r.unitSegment()).isEqualTo("x-xa-nam-chinh");
        assertThat(r.bodyIri()).isEqualTo(SeedContexts.B + "id/body/x-xa-nam-chinh/ubnd");
        assertThat(r.warnings()).anyMatch(w -> w.contains("3 units"));
        assertThat(r.cluesUsed()).isEmpty();
    }

    @Test
    void aCitedDocumentOfAKnownUnitIsAClue() {
        List<CitedDocument> cited = List.of(new CitedDocument("ct", "24", "CT-UBND", LocalDate.of(2016, 11, 15), null,
                "UBND tỉnh", null, "Chỉ thị số 24/CT-UBND ngày 15/11/2016 của UBND tỉnh"));
        IssuerClues clues = IssuerClues.none().withCitations(cited, SeedContexts.index());
        assertThat(clues.unitIris()).containsExactly(SeedContexts.B + "id/unit/30");
        IssuerResolution r = issuers.resolve(List.of("ỦY BAN NHÂN DÂN", "XÃ THÁI HỌC"), null, LocalDate.of(2022, 2, 15), clues);
        assertThat(r.unitSegment()).isEqualTo("10981");
    }

    @Test
    void aBodyUnderItsParentsLineTakesTheParentsUnit() {
        IssuerResolution pnv = issuers.resolve(List.of("UBND HUYỆN BÌNH GIANG", "PHÒNG NỘI VỤ"), null,
                LocalDate.of(2023, 3, 1), IssuerClues.none());
        assertThat(pnv.bodyIri()).isEqualTo(SeedContexts.B + "id/body/296/pnv");
        IssuerResolution bdv = issuers.resolve(List.of("HUYỆN ỦY DƯƠNG MINH CHÂU", "BAN DÂN VẬN"), null,
                LocalDate.of(2023, 3, 1), IssuerClues.none());
        assertThat(bdv.bodyIri()).isEqualTo(SeedContexts.B + "id/body/707/bdvhu");
        IssuerResolution hu = issuers.resolve(List.of("ĐẢNG BỘ TỈNH TÂY NINH", "HUYỆN ỦY DƯƠNG MINH CHÂU"), null,
                LocalDate.of(2023, 3, 1), IssuerClues.none());
        assertThat(hu.bodyIri()).isEqualTo(SeedContexts.B + "id/body/707/hu");
        IssuerResolution ttg = issuers.resolve("THỦ TƯỚNG CHÍNH PHỦ", null, LocalDate.of(2021, 11, 26), IssuerClues.none());
        assertThat(ttg.bodyIri()).isEqualTo(SeedContexts.B + "id/body/VN/ttg");
        assertThat(ttg.isResolved()).isTrue();
    }

    @Test
    void mentionsAreUnitNamesWithTheirTypeWord() throws Exception {
        assertThat(UnitMentions.in("Thực hiện Kế hoạch của UBND huyện Bình Giang về triển khai"))
                .containsExactly("huyện Bình", "huyện Bình Giang");
        assertThat(UnitMentions.in("UBND TP. Hải Phòng; tỉnh Tây \nNinh")).contains("thành phố Hải Phòng", "tỉnh Tây Ninh");
        System.out.println("mentions of seed 004: " + UnitMentions.in(text("004")));
    }
}
