package org.directivegraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.directivegraph.units.UnitRef;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Body names of the five seeds resolved in their documents' contexts, against the bodies the gold graphs give
 * them (responsible bodies, bearers, addressees, intermediaries, recipients, issuers of cited documents).
 */
class BodyResolverTests {

    static BodyResolver bodies;

    @BeforeAll
    static void load() {
        bodies = new BodyResolver(SeedContexts.index());
    }

    /** A name of a seed and the body the gold gives it (null: names no body). */
    record Gold(String seed, String name, String body) {
    }

    static final List<Gold> GOLD = List.of(
            new Gold("000", "ỦY BAN NHÂN DÂN XÃ THÁI HỌC", "10981/ubnd"),
            new Gold("000", "Ủy ban nhân dân xã", "10981/ubnd"),
            new Gold("000", "MTTQ", "10981/mttq"),
            new Gold("000", "các ngành đoàn thể", "10981/cac-nganh-doan-the"),
            new Gold("000", "các thôn", "10981/cac-thon"),
            new Gold("000", "khối Dân vận của xã", "10981/khoi-dan-van"),
            new Gold("000", "Đảng ủy xã", "10981/du"),
            new Gold("000", "phòng Nội vụ huyện", "296/pnv"),
            new Gold("000", "UBND huyện Bình Giang", "296/ubnd"),
            new Gold("000", "BTV Đảng ủy", "10981/btvdu"),
            new Gold("000", "TT HĐND", "10981/tt-hdnd"),
            new Gold("000", "Lưu VP", "10981/vp-ubnd"),
            new Gold("000", "Lãnh đạo UBND xã", null),
            new Gold("000", "Cán bộ, công chức xã", null),
            new Gold("000", "Ban Thường vụ Tỉnh ủy", "30/btvtu"),
            new Gold("000", "UBND tỉnh", "30/ubnd"),
            new Gold("000", "UBND huyện", "296/ubnd"),
            new Gold("000", "UBND xã Tân Hồng", "10972/ubnd"),
            new Gold("000", "Thủ tướng Chính phủ", "VN/ttg"),
            new Gold("000", "Bộ Chính trị", "VN/bct"),
            new Gold("000", "Ban bí thư Trung ương Đảng", "VN/bbt"),
            new Gold("000", "Chính phủ", "VN/cp"),

            new Gold("001", "Ủy ban nhân dân phường Lãm Hà", "11429/ubnd"),
            new Gold("001", "Văn phòng UBND phường", "11429/vp-ubnd"),
            new Gold("001", "Các ban, ngành, đoàn thể phường", "11429/cac-ban-nganh-doan-the"),
            new Gold("001", "Bộ phận Văn hóa - Xã hội và phát thanh phường", "11429/bo-phan-van-hoa-xa-hoi-va-phat-thanh"),
            new Gold("001", "UBND quận", "307/ubnd"),
            new Gold("001", "Ban Dân vận Quận ủy", "307/bdvqu"),
            new Gold("001", "Thường trực Đảng ủy phường", "11429/tt-du"),
            new Gold("001", "Thường trực HĐND phường", "11429/tt-hdnd"),
            new Gold("001", "Chủ tịch, các PCT UBND phường", null),
            new Gold("001", "Lưu: VT, VPTK", null),
            new Gold("001", "Ủy ban nhân dân quận Kiến An", "307/ubnd"),
            new Gold("001", "Ban Thường vụ Thành ủy", "31/btvtu"),
            new Gold("001", "UBND thành phố", "31/ubnd"),

            new Gold("002", "UBND phường Trường Thi", "14764/ubnd"),
            new Gold("002", "Công chức chuyên môn", "14764/cong-chuc-chuyen-mon"),
            new Gold("002", "các bộ phận liên quan", "14764/cac-bo-phan-lien-quan"),
            new Gold("002", "Văn phòng UBND", "14764/vp-ubnd"),
            new Gold("002", "các đơn vị, bộ phận có liên quan", "14764/cac-don-vi-bo-phan-co-lien-quan"),
            new Gold("002", "UBND thành phố", "380/ubnd"),
            new Gold("002", "UBND phường", "14764/ubnd"),
            new Gold("002", "bộ phận Văn phòng UBND phường", "14764/vp-ubnd"),
            new Gold("002", "Chủ tịch, các Phó Chủ tịch", null),
            new Gold("002", "Lưu VP", "14764/vp-ubnd"),
            new Gold("002", "MTTQ", "14764/mttq"),
            new Gold("002", "các đoàn thể", "14764/cac-doan-the"),
            new Gold("002", "Đảng uỷ", "14764/du"),
            new Gold("002", "HĐND phường", "14764/hdnd"),
            new Gold("002", "Đảng ủy phường Trường Thi", "14764/du"),
            new Gold("002", "UBND thành phố Thanh Hóa", "380/ubnd"),

            new Gold("003", "UBND huyện Dương Minh Châu", "707/ubnd"),
            new Gold("003", "Thủ trưởng các phòng chuyên môn huyện", "707/cac-phong-chuyen-mon"),
            new Gold("003", "Chủ tịch Ủy ban nhân dân các xã, thị trấn", "707/ubnd-cac-xa-thi-tran"),
            new Gold("003", "Phòng Nội vụ", "707/pnv"),
            new Gold("003", "Phòng Tư pháp", "707/phong-tu-phap"),
            new Gold("003", "Thanh tra huyện", "707/thanh-tra"),
            new Gold("003", "Văn phòng HĐND và UBND huyện", "707/vp-hdnd-ubnd"),
            new Gold("003", "Phòng Văn hóa và Thông tin", "707/phong-van-hoa-va-thong-tin"),
            new Gold("003", "Công an huyện", "707/cong-an"),
            new Gold("003", "Ban Chỉ huy Quân sự huyện", "707/ban-chi-huy-quan-su"),
            new Gold("003", "UBND các xã, thị trấn", "707/ubnd-cac-xa-thi-tran"),
            new Gold("003", "UBND huyện", "707/ubnd"),
            new Gold("003", "Ủy ban nhân dân huyện", "707/ubnd"),
            new Gold("003", "phòng Nội vụ", "707/pnv"),
            new Gold("003", "Ban Dân vận Huyện ủy", "707/bdvhu"),
            new Gold("003", "UBND tỉnh", "72/ubnd"),
            new Gold("003", "Sở Nội vụ", "72/snv"),
            new Gold("003", "Sở Nội vụ tỉnh", "72/snv"),
            new Gold("003", "Lãnh đạo UBND huyện", null),
            new Gold("003", "Các phòng chuyên môn huyện", "707/cac-phong-chuyen-mon"),
            new Gold("003", "Các đơn vị sự nghiệp huyện", "707/cac-don-vi-su-nghiep"),
            new Gold("003", "UBMTTQVN huyện", "707/mttq"),
            new Gold("003", "LĐ&CVVP", null),
            new Gold("003", "Lưu: VT, PNV", "707/pnv"),
            new Gold("003", "UBND tỉnh Tây Ninh", "72/ubnd"),
            new Gold("003", "Ban Chấp hành Trung ương", "VN/bchtw"),
            new Gold("003", "Ban Bí thư Trung ương Đảng (khóa XI)", "VN/bbt"),
            new Gold("003", "Tỉnh ủy", "72/tu"),
            new Gold("003", "Ủy ban nhân dân tỉnh", "72/ubnd"),
            new Gold("003", "Ban Chấp hành Đảng bộ tỉnh", "72/tu"),
            new Gold("003", "Ban Thường vụ Tỉnh uỷ", "72/btvtu"),
            new Gold("003", "Ban Thường vụ Huyện ủy", "707/btvhu"),
            new Gold("003", "Chủ tịch UBND tỉnh", "72/ubnd"),
            new Gold("003", "huyện", "707/ubnd"),
            new Gold("003", "Bộ Nội vụ", "VN/bnv"),
            new Gold("003", "Ủy ban Thường vụ Quốc hội (khóa XI)", "VN/ubtvqh"),
            new Gold("003", "Bộ Chính trị (khóa XI)", "VN/bct"),

            new Gold("004", "ỦY BAN NHÂN DÂN XÃ NAM CHÍNH", "x-xa-nam-chinh/ubnd"),
            new Gold("004", "các ban, ngành, cán bộ, công chức", "x-xa-nam-chinh/cac-ban-nganh-can-bo-cong-chuc"),
            new Gold("004", "các ban, ngành, cán bộ, công chức xã", "x-xa-nam-chinh/cac-ban-nganh-can-bo-cong-chuc"),
            new Gold("004", "Công chức Văn phòng - Thống kê xã", "x-xa-nam-chinh/van-phong-thong-ke"),
            new Gold("004", "Văn phòng - Thống kê xã", "x-xa-nam-chinh/van-phong-thong-ke"),
            new Gold("004", "Đài Phát thanh xã", "x-xa-nam-chinh/dai-phat-thanh"),
            new Gold("004", "Phòng Nội vụ", "x-huyen/pnv"),
            new Gold("004", "BCH Đảng bộ", "x-xa-nam-chinh/du"),
            new Gold("004", "Các tổ chức chính trị - xã hội", "x-xa-nam-chinh/cac-to-chuc-chinh-tri-xa-hoi"),
            new Gold("004", "Lưu", null),
            new Gold("004", "ƯBND xã", "x-xa-nam-chinh/ubnd"),
            new Gold("004", "Ban Thường vụ Tỉnh ủy", "x-tinh/btvtu"),
            new Gold("004", "UBND tỉnh", "x-tinh/ubnd"),
            new Gold("004", "Ủy ban nhân dân tỉnh", "x-tinh/ubnd"),
            new Gold("004", "Ban Thường vụ Huyện ủy", "x-huyen/btvhu"),
            new Gold("004", "Huyện ủy", "x-huyen/hu"),
            new Gold("004", "ủy ban Thường vụ Quốc hội khóa 11", "VN/ubtvqh"));

    @Test
    void theSeedsBodyNamesResolveAsTheGoldSays() {
        List<String> misses = new ArrayList<>();
        int agree = 0;
        for (Gold g : GOLD) {
            BodyResolution r = bodies.resolve(g.name(), SeedContexts.of(g.seed()));
            String expected = g.body() == null ? null : SeedContexts.B + "id/body/" + g.body();
            if (java.util.Objects.equals(expected, r.iri())) {
                agree++;
            } else {
                misses.add(g.seed() + " '" + g.name() + "': " + r.iri() + " (gold " + expected + ") " + r.warnings());
            }
        }
        double rate = (double) agree / GOLD.size();
        System.out.printf("BodyResolver agreement with the gold seeds: %d/%d = %.3f%n", agree, GOLD.size(), rate);
        misses.forEach(m -> System.out.println("  miss: " + m));
        assertThat(rate).as(String.join("\n", misses)).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void resolvedBodiesOfTheGoldAreKnownReferenceBodies() {
        BodyResolution r = bodies.resolve("Ban Dân vận Quận ủy", SeedContexts.of("001"));
        assertThat(r.known()).isTrue();
        assertThat(r.isResolved()).isTrue();
        assertThat(r.unit().unit()).extracting(UnitRef::name).isEqualTo("Quận Kiến An");
        BodyResolution pnv = bodies.resolve("Phòng Nội vụ", SeedContexts.of("000"));
        assertThat(pnv.iri()).isEqualTo(SeedContexts.B + "id/body/296/pnv");
    }

    @Test
    void anAmbiguousUnitGivesCandidatesAndAWarning() {
        BodyResolution r = bodies.resolve("Phòng Nội vụ", SeedContexts.of("004"));
        assertThat(r.iri()).isEqualTo(SeedContexts.B + "id/body/x-huyen/pnv");
        assertThat(r.isAmbiguous()).isTrue();
        assertThat(r.unit().candidates()).extracting(UnitRef::code).containsExactlyInAnyOrder("291", "342", "600");
        assertThat(r.candidateIris()).contains(SeedContexts.B + "id/body/291/pnv");
        assertThat(r.warnings()).isNotEmpty();
        assertThat(r.known()).isTrue();

        BodyResolution own = bodies.resolve("UBND xã", SeedContexts.of("004"));
        assertThat(own.iri()).isEqualTo(SeedContexts.B + "id/body/x-xa-nam-chinh/ubnd");
        assertThat(own.unit().candidates()).extracting(UnitRef::code).containsExactly("10627", "13045", "23206");
    }

    @Test
    void aNamedUnitIsLookedUpUnderTheDocumentsDistrictFirst() {
        BodyResolution r = bodies.resolve("UBND xã Tân Hồng", SeedContexts.of("000"));
        assertThat(r.unit().unit()).extracting(UnitRef::code).isEqualTo("10972");
        BodyResolution unknown = bodies.resolve("UBND xã Không Có Thật", SeedContexts.of("000"));
        assertThat(unknown.iri()).isEqualTo(SeedContexts.B + "id/body/x-xa-khong-co-that/ubnd");
        assertThat(unknown.isResolved()).isFalse();
        assertThat(unknown.warnings()).anyMatch(w -> w.contains("no unit named"));
    }

    @Test
    void aLabelOfTheReferenceBodiesInTheSameUnitDecidesTheKey() {
        String ttl = """
                @prefix dg: <https://w3id.org/directivegraph/ontology#> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                <https://w3id.org/directivegraph/id/body/10981/to-tiep-dan>
                    skos:prefLabel "Tổ tiếp công dân xã Thái Học"@vi ;
                    skos:altLabel "Bộ phận tiếp dân"@vi ;
                    dg:bodyKey "to-tiep-dan" ;
                    dg:unit <https://w3id.org/directivegraph/id/unit/10981> .
                """;
        org.apache.jena.graph.Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        org.apache.jena.riot.RDFParser.fromString(ttl, org.apache.jena.riot.Lang.TURTLE).parse(g);
        BodyResolver withLabel = new BodyResolver(ReferenceIndex.of(SeedContexts.index().units(), g));
        BodyResolution r = withLabel.resolve("Bộ phận tiếp dân", SeedContexts.of("000"));
        assertThat(r.iri()).isEqualTo(SeedContexts.B + "id/body/10981/to-tiep-dan");
        assertThat(r.known()).isTrue();
        assertThat(r.warnings()).anyMatch(w -> w.contains("label"));
        BodyResolution elsewhere = withLabel.resolve("Bộ phận tiếp dân", SeedContexts.of("003"));
        assertThat(elsewhere.iri()).as("another unit's label does not apply").isEqualTo(SeedContexts.B + "id/body/707/bo-phan-tiep-dan");
    }
}
