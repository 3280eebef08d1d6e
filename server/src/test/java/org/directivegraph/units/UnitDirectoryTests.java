package org.directivegraph.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Resolving unit names as of a date against the committed {@code data/units/admin-units.ttl.gz}. */
class UnitDirectoryTests {

    static final LocalDate IN_2023 = LocalDate.of(2023, 6, 15);
    static final LocalDate AFTER_REFORM = LocalDate.of(2025, 8, 1);

    static UnitDirectory units;

    @BeforeAll
    static void load() throws IOException {
        Graph graph = GraphFactory.createDefaultGraph();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(Path.of("../data/units/admin-units.ttl.gz")))) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
        }
        units = UnitDirectory.load(graph);
    }

    @Test
    void aSharedNameGivesEveryCandidateUntilAParentDecides() {
        Resolution r = units.resolve("Xã Thái Học", IN_2023);
        assertThat(r.codes()).containsExactly("01315", "10981");
        assertThat(r.unique()).isEmpty();
        assertThat(r.candidates()).allMatch(UnitCandidate::listed).allMatch(UnitCandidate::exactSpelling);

        UnitQuery q = UnitQuery.of("Xã Thái Học").on(IN_2023);
        assertThat(units.resolve(q.within("296")).codes()).as("Huyện Bình Giang").containsExactly("10981");
        assertThat(units.resolve(q.within("30")).codes()).as("Tỉnh Hải Dương").containsExactly("10981");
        assertThat(units.resolve(q.within(UnitIris.threeTier("30"))).codes()).containsExactly("10981");
        assertThat(units.resolve(q.within("04")).codes()).as("Tỉnh Cao Bằng").containsExactly("01315");
        assertThat(units.resolve(q.within("31")).isEmpty()).isTrue();

        UnitCandidate c = units.resolve(q.within("296")).unique().orElseThrow();
        assertThat(c.iri()).isEqualTo(UnitIris.threeTier("10981"));
        assertThat(c.name()).isEqualTo("Xã Thái Học");
        assertThat(c.parents()).extracting(UnitRef::name)
                .containsExactly("Huyện Bình Giang", "Tỉnh Hải Dương", "Việt Nam");
    }

    @Test
    void aNameIsReadAsOfTheDate() {
        assertThat(units.nameAsOf("10981", LocalDate.of(2025, 3, 15))).contains("Xã Thái Minh");
        assertThat(units.nameAsOf("10981", LocalDate.of(2025, 1, 1))).contains("Xã Thái Minh");
        assertThat(units.nameAsOf("10981", LocalDate.of(2024, 11, 1))).contains("Xã Thái Học");
        assertThat(units.nameAsOf("10981", IN_2023)).contains("Xã Thái Học");
        assertThat(units.nameAsOf("10981", LocalDate.of(2024, 12, 10)))
                .as("between the snapshots, the name last listed").contains("Xã Thái Học");
        assertThat(units.nameAsOf("10981", null)).contains("Xã Thái Minh");
        assertThat(units.nameAsOf(UnitIris.threeTier("10981"), AFTER_REFORM)).isEmpty();

        assertThat(units.resolve("Xã Thái Học", LocalDate.of(2025, 3, 15)).codes()).containsExactly("01315");
        assertThat(units.resolve("Xã Thái Minh", LocalDate.of(2025, 3, 15)).codes()).contains("10981");
        Resolution gap = units.resolve(UnitQuery.of("Xã Thái Minh").on(LocalDate.of(2024, 12, 10)).within("30"));
        assertThat(gap.codes()).containsExactly("10981");
        assertThat(gap.candidates().get(0).listed()).as("renamed between two snapshots").isFalse();
    }

    @Test
    void theParentChainIsTheOneInForce() {
        assertThat(units.parentChain("10981", IN_2023)).extracting(UnitRef::code).containsExactly("296", "30", "VN");
        assertThat(units.parentChain("2025/10972", AFTER_REFORM)).extracting(UnitRef::name)
                .containsExactly("Thành phố Hải Phòng", "Việt Nam");
        assertThat(units.parentChain("11429", AFTER_REFORM)).isEmpty();
    }

    @Test
    void threeCommunesAreCalledNamChinh() {
        assertThat(units.resolve("Xã Nam Chính", IN_2023).codes()).containsExactly("10627", "13045", "23206");
        assertThat(units.resolve("Xã Nam Chính", null).codes()).containsExactly("10627", "13045", "23206");
        assertThat(units.resolve("Nam Chính", IN_2023).codes()).containsExactly("10627", "13045", "23206");
    }

    @Test
    void aWardThatEndedBeforeTheReformIsNotInThe2025Structure() {
        Resolution then = units.resolve("Phường Lãm Hà", LocalDate.of(2024, 2, 27));
        assertThat(then.codes()).containsExactly("11429");
        assertThat(then.candidates().get(0).parents()).extracting(UnitRef::name)
                .containsExactly("Quận Kiến An", "Thành phố Hải Phòng", "Việt Nam");
        assertThat(units.resolve("Phường Lãm Hà", AFTER_REFORM).isEmpty()).isTrue();
        Resolution later = units.resolve("Phường Lãm Hà", LocalDate.of(2025, 2, 1));
        assertThat(later.isEmpty()).as("ended between the 2024-11-01 and 2025-01-01 snapshots").isTrue();
        assertThat(later.otherSpellings()).as("diacritics contradict: another ward, reported only")
                .extracting(UnitCandidate::name, UnitCandidate::spelling)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Phường Lam Hạ", Spelling.DIFFERENT));
        assertThat(units.resolve("Phường Lãm Hà", null).iris()).noneMatch(UnitIris::isTwoTier);
    }

    @Test
    void aParentPicksOneOfThreeWardsTruongThi() {
        assertThat(units.resolve("Phường Trường Thi", IN_2023).codes()).containsExactly("13657", "14764", "16690");
        assertThat(units.resolve(UnitQuery.of("Phường Trường Thi").on(IN_2023).within("380")).codes())
                .as("Thành phố Thanh Hóa").containsExactly("14764");
    }

    @Test
    void caseDiacriticsAndTypeWordsDoNotMatterForMatching() {
        Resolution folded = units.resolve("xa thai hoc", IN_2023);
        assertThat(folded.codes()).containsExactly("01315", "10981");
        assertThat(folded.candidates()).noneMatch(UnitCandidate::exactSpelling);
        assertThat(units.resolve("XÃ THÁI HỌC", IN_2023).codes()).containsExactly("01315", "10981");
        assertThat(units.resolve("  Xã   Thái Học ", IN_2023).codes()).containsExactly("01315", "10981");

        Resolution any = units.resolve("THÁI HỌC", IN_2023);
        assertThat(any.codes()).as("also Phường Thái Học").containsExactly("01315", "10588", "10981");
        assertThat(units.resolve("Thai Hoc", IN_2023).codes()).containsExactly("01315", "10588", "10981");
        assertThat(units.resolve(UnitQuery.of("Thái Học").on(IN_2023).withType(UnitType.PHUONG)).codes())
                .containsExactly("10588");
        assertThat(units.resolve(UnitQuery.of("Hải Dương").on(IN_2023).withLevel(UnitLevel.PROVINCE)).codes())
                .containsExactly("30");
    }

    @Test
    void zeroPaddedWardNumbersAreTheSameName() {
        Resolution r = units.resolve(UnitQuery.of("Phường 2").on(IN_2023).within("775"));
        assertThat(r.candidates()).extracting(UnitCandidate::code, UnitCandidate::name, UnitCandidate::spelling)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("27367", "Phường 02", Spelling.EXACT));
    }

    @Test
    void exactDiacriticsArePreferredAndTheOthersReported() {
        Resolution r = units.resolve("Xã Đức Hòa", IN_2023);
        assertThat(r.codes()).as("'Đức Hoà' is the same spelling, tone mark placed differently")
                .containsExactly("00430", "21424");
        assertThat(r.otherSpellings()).extracting(UnitCandidate::name).containsExactly("Xã Đức Hóa");

        assertThat(units.resolve("Xã Đa Tốn", IN_2023).codes()).containsExactly("00577");
        assertThat(units.resolve("Xa Da Ton", IN_2023).codes()).containsExactly("00577", "25108");
        Resolution partly = units.resolve("Xã Thai Học", IN_2023);
        assertThat(partly.codes()).as("diacritics left out are not held against a name").containsExactly("01315", "10981");
        assertThat(partly.candidates()).allMatch(c -> c.spelling() == Spelling.FOLDED);
    }

    @Test
    void theTwoTierStructureResolvesAfterTheReform() {
        Resolution r = units.resolve("Phường Ba Đình", AFTER_REFORM);
        assertThat(r.iris()).containsExactly(UnitIris.twoTier("00004"));
        assertThat(r.candidates().get(0).parents()).extracting(UnitRef::iri)
                .containsExactly(UnitIris.twoTier("01"), UnitIris.COUNTRY);
        assertThat(units.resolve("Phường Ba Đình", IN_2023).codes()).as("two wards in Thanh Hóa then")
                .containsExactly("14776", "14812");
        assertThat(units.nameAsOf("00004", IN_2023)).contains("Phường Trúc Bạch");
        assertThat(units.nameAsOf("00004", AFTER_REFORM)).as("code reused in 2025").contains("Phường Ba Đình");
    }

    @Test
    void successionsLinkMergedUnitsWithTheirMergeType() {
        assertThat(units.successors("10981")).extracting(SuccessionLink::toUnit, SuccessionLink::mergeType)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(UnitIris.twoTier("10972"), "partial"),
                        org.assertj.core.groups.Tuple.tuple(UnitIris.twoTier("10993"), "partial"));
        assertThat(units.predecessors("2025/00004")).extracting(SuccessionLink::fromUnit, SuccessionLink::mergeType)
                .contains(org.assertj.core.groups.Tuple.tuple(UnitIris.threeTier("00004"), "full"),
                        org.assertj.core.groups.Tuple.tuple(UnitIris.threeTier("00016"), "partial"));
        assertThat(units.successors("11429")).isEmpty();
    }

    @Test
    void spellingKeysIgnoreToneMarkPlacementOnly() {
        assertThat(UnitNames.spellingKey("Xã Đức Hoà")).isEqualTo(UnitNames.spellingKey("xã đức hòa"));
        assertThat(UnitNames.spellingKey("Hòa")).isNotEqualTo(UnitNames.spellingKey("Hóa"));
        assertThat(UnitNames.foldedKey("Phường 02")).isEqualTo(UnitNames.foldedKey("phuong 2"));
        assertThat(UnitNames.compare("Phường 2", "Phường 02")).isEqualTo(Spelling.EXACT);
        assertThat(UnitNames.compare("Thai Học", "Thái Học")).isEqualTo(Spelling.FOLDED);
        assertThat(UnitNames.compare("Đa Tốn", "Đạ Tồn")).isEqualTo(Spelling.DIFFERENT);
        assertThat(UnitNames.compare("Đa Ton", "Da Ton")).isEqualTo(Spelling.DIFFERENT);
        assertThat(UnitNames.baseName("Thị Trấn Mường Chà")).isEqualTo("Mường Chà");
        assertThat(UnitNames.baseName("Xã")).isEqualTo("Xã");
    }
}
