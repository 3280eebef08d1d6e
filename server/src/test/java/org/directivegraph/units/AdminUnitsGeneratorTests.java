package org.directivegraph.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.directivegraph.vocab.DG;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator, run on the CSVs of {@code data/sources/}, gives exactly the committed
 * {@code data/units/admin-units.ttl.gz} (so the data cannot drift from its generator), with the counts the
 * CSVs and their README give; doubtful predecessor rows are reported, not trusted.
 */
class AdminUnitsGeneratorTests {

    static final Path SOURCES = Path.of("../data/sources");
    static final Path COMMITTED = Path.of("../data/units/admin-units.ttl.gz");

    static GenerationReport report;
    static byte[] generated;
    static Graph graph;

    @BeforeAll
    static void generate(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("admin-units.ttl.gz");
        report = AdminUnitsGenerator.generate(SOURCES, out);
        generated = Files.readAllBytes(out);
        graph = GraphFactory.createDefaultGraph();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(out))) {
            RDFParser.source(in).lang(Lang.TURTLE).base("http://base.invalid/").parse(graph);
        }
    }

    @Test
    void outputIsTheCommittedFile() throws IOException {
        byte[] committed = Files.readAllBytes(COMMITTED);
        assertThat(gunzip(generated))
                .as("the Turtle differs from data/units/admin-units.ttl.gz: regenerate it (data/units/README.md)")
                .isEqualTo(gunzip(committed));
        // Only the content is compared: gzip bytes may differ with another zlib build, harmlessly.
    }

    @Test
    void regeneratingGivesTheSameBytes(@TempDir Path tmp) throws IOException {
        Path again = tmp.resolve("again.ttl.gz");
        GenerationReport second = AdminUnitsGenerator.generate(SOURCES, again);
        assertThat(Files.readAllBytes(again)).isEqualTo(generated);
        assertThat(second.sha256()).isEqualTo(report.sha256());
    }

    @Test
    void countsMatchTheCsvsAndTheReadme() throws IOException {
        List<CSVRecord> listed = csv("admin-units-2021-2025.csv");
        List<CSVRecord> twoTier = csv("admin-units-2025-07.csv");
        assertThat(listed).hasSize(12_052);
        assertThat(twoTier).hasSize(3_355);
        assertThat(report.listedRows()).isEqualTo(listed.size());

        Map<UnitLevel, Set<String>> oldCodes = new HashMap<>();
        listed.forEach(r -> oldCodes.computeIfAbsent(UnitLevel.of(r.get("level")).orElseThrow(),
                k -> new HashSet<>()).add(r.get("code")));
        Map<UnitLevel, Integer> newCounts = new HashMap<>();
        twoTier.forEach(r -> newCounts.merge(UnitLevel.of(r.get("level")).orElseThrow(), 1, Integer::sum));

        assertThat(oldCodes.get(UnitLevel.PROVINCE)).hasSize(63);
        assertThat(newCounts).containsEntry(UnitLevel.PROVINCE, 34).containsEntry(UnitLevel.COMMUNE, 3_321);
        oldCodes.forEach((level, codes) -> assertThat(report.threeTierUnits()).containsEntry(level, codes.size()));
        assertThat(report.twoTierUnits()).isEqualTo(newCounts);
        assertThat(report.versions()).isEqualTo(listed.size() + twoTier.size());

        assertThat(unitsAt(UnitLevel.PROVINCE, false)).isEqualTo(63);
        assertThat(unitsAt(UnitLevel.PROVINCE, true)).isEqualTo(34);
        assertThat(unitsAt(UnitLevel.COMMUNE, true)).isEqualTo(3_321);
        assertThat(count(RDF.type.asNode(), uri(DG.UnitVersion.getURI()))).isEqualTo(listed.size() + twoTier.size());
        assertThat(count(RDF.type.asNode(), uri(DG.AdministrativeUnit.getURI()))).isEqualTo(report.units());
        assertThat((long) graph.size()).isEqualTo(report.triples());
    }

    @Test
    void everyRowNamingTwoExistingUnitsBecomesASuccession() throws IOException {
        Set<String> lastList = new HashSet<>();
        csv("admin-units-2021-2025.csv").stream().filter(r -> r.get("last_listed").equals("2025-03-01"))
                .forEach(r -> lastList.add(r.get("code")));
        Set<String> twoTier = new HashSet<>();
        csv("admin-units-2025-07.csv").forEach(r -> twoTier.add(r.get("code")));
        List<CSVRecord> rows = csv("admin-units-2025-07-predecessors.csv");
        Set<String> sound = new HashSet<>();
        rows.stream().filter(r -> lastList.contains(r.get("old_code")) && twoTier.contains(r.get("new_code")))
                .forEach(r -> sound.add(r.get("new_code") + " " + r.get("old_code")));

        assertThat(report.predecessorRows()).isEqualTo(rows.size());
        assertThat(report.successions()).isEqualTo(sound.size());
        assertThat(count(RDF.type.asNode(), uri(DG.Succession.getURI()))).isEqualTo(sound.size());
        assertThat(count(uri(DG.predecessor.getURI()), Node.ANY)).isEqualTo(sound.size());
        assertThat(count(uri(DG.successor.getURI()), Node.ANY)).isEqualTo(sound.size());
        assertThat(report.conflicts()).filteredOn(c -> !c.kept()).hasSize(report.droppedRows());
    }

    @Test
    void unitsLastListedOnTheLastSnapshotEndTheDayBeforeTheReform() throws IOException {
        long stillListed = csv("admin-units-2021-2025.csv").stream()
                .filter(r -> r.get("last_listed").equals("2025-03-01")).map(r -> r.get("code")).distinct().count();
        assertThat(report.closedUnits()).isEqualTo(stillListed);
        assertThat(validUntil("10981")).isEqualTo("2025-06-30");
        assertThat(validUntil("11429")).as("Phường Lãm Hà, last listed 2024-11-01").isNull();
        assertThat(object(uri(UnitIris.twoTier("00004")), DG.validFrom.getURI()).getLiteralLexicalForm())
                .isEqualTo("2025-07-01");
    }

    @Test
    void theCodeKeepsItsNamesAsVersions() {
        Node unit = uri(UnitIris.threeTier("10981"));
        assertThat(graph.find(unit, uri(DG.version.getURI()), Node.ANY).mapWith(t -> t.getObject().getURI()).toList())
                .containsExactlyInAnyOrder(UnitIris.threeTier("10981") + "/v/2021-11-01",
                        UnitIris.threeTier("10981") + "/v/2025-01-01");
        Node first = uri(UnitIris.threeTier("10981") + "/v/2021-11-01");
        assertThat(object(first, DG.name.getURI()).getLiteralLexicalForm()).isEqualTo("Xã Thái Học");
        assertThat(object(first, DG.lastListed.getURI()).getLiteralLexicalForm()).isEqualTo("2024-11-01");
        assertThat(object(unit, "http://www.w3.org/2004/02/skos/core#prefLabel").getLiteralLexicalForm())
                .isEqualTo("Xã Thái Minh");
        assertThat(object(unit, DG.parentUnit.getURI()).getURI()).isEqualTo(UnitIris.threeTier("296"));
    }

    @Test
    void mergedCommunesCarryTheirSuccessionsWithMergeType() {
        Node statement = uri(UnitIris.twoTier("00004") + "/succession/00016");
        assertThat(graph.contains(uri(UnitIris.twoTier("00004")), uri(DG.succession.getURI()), statement)).isTrue();
        assertThat(object(statement, DG.fromUnit.getURI()).getURI()).isEqualTo(UnitIris.threeTier("00016"));
        assertThat(object(statement, DG.mergeType.getURI()).getURI()).endsWith("/merge-type/partial");
        assertThat(object(uri(UnitIris.twoTier("00004") + "/succession/00004"), DG.mergeType.getURI()).getURI())
                .endsWith("/merge-type/full");
        assertThat(graph.find(uri(UnitIris.threeTier("00016")), uri(DG.successor.getURI()), Node.ANY)
                .mapWith(t -> t.getObject().getURI()).toList())
                .containsExactlyInAnyOrder(UnitIris.twoTier("00004"), UnitIris.twoTier("00008"));
    }

    @Test
    void theDatasetNamesItsSources() {
        assertThat(graph.find(uri(UnitIris.DATASET), uri("http://purl.org/dc/terms/source"), Node.ANY).toList())
                .hasSize(3);
    }

    @Test
    void listFlawsAreCleanedAndCounted() {
        assertThat(report.namesCleaned()).isPositive();
        assertThat(report.typeCorrections()).anyMatch(t -> t.startsWith("27076 'Phường 15'"));
        assertThat(object(uri(UnitIris.threeTier("19306")), "http://www.w3.org/2004/02/skos/core#prefLabel")
                .getLiteralLexicalForm()).as("'Xã Ngư Thủy ' with a trailing space").isEqualTo("Xã Ngư Thủy");
    }

    @Test
    void conflictingPredecessorRowsAreReportedAndOnlySoundLinksKept(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve(UnitSources.LISTED_FILE), """
                code,name,type,parent_code,level,first_listed,last_listed
                30,Tỉnh Hải Dương,Tỉnh,VN,province,2021-11-01,2025-03-01
                296,Huyện Bình Giang,Huyện,30,district,2021-11-01,2025-03-01
                10981,Xã Thái Học,Xã,296,commune,2021-11-01,2024-11-01
                10981,Xã Thái Minh,Xã,296,commune,2025-01-01,2025-03-01
                10984,Xã Gone,Xã,296,commune,2021-11-01,2024-11-01
                """, StandardCharsets.UTF_8);
        Files.writeString(tmp.resolve(UnitSources.TWO_TIER_FILE), """
                code,name,parent_code,level
                31,Thành phố Hải Phòng,VN,province
                10972,Xã Đường An,31,commune
                """, StandardCharsets.UTF_8);
        Files.writeString(tmp.resolve(UnitSources.PREDECESSORS_FILE), """
                new_code,new_name,old_code,old_name,merge_type
                10972,Xã Đường An,10981,Xã Thái Minh,partial
                10972,Xã Đường Ăn,10981,Xã Thái Minh,partial
                10972,Xã Đường An,10984,Xã Gone,full
                99999,Xã Nowhere,10981,Xã Thái Minh,full
                10972,Xã Đường An,296,Huyện Bình Dương,full
                31,Thành phố Hải Phòng,30,Tỉnh Hải Dương,sideways
                """, StandardCharsets.UTF_8);
        GenerationReport r = AdminUnitsGenerator.generate(tmp, tmp.resolve("out.ttl.gz"));
        assertThat(r.conflictCounts())
                .containsEntry(GenerationReport.ConflictKind.NEW_NAME_DIFFERS, 1L)
                .containsEntry(GenerationReport.ConflictKind.DUPLICATE_ROW, 1L)
                .containsEntry(GenerationReport.ConflictKind.OLD_CODE_NOT_IN_2025_03_LIST, 1L)
                .containsEntry(GenerationReport.ConflictKind.NEW_CODE_NOT_IN_2025_LIST, 1L)
                .containsEntry(GenerationReport.ConflictKind.OLD_NAME_DIFFERS, 1L)
                .containsEntry(GenerationReport.ConflictKind.UNKNOWN_MERGE_TYPE, 1L);
        assertThat(r.predecessorRows()).isEqualTo(6);
        assertThat(r.successions()).as("10972 <- 10981 and 10972 <- 296 (both codes exist)").isEqualTo(2);
        assertThat(r.droppedRows()).isEqualTo(4);
        assertThat(r.toString()).contains("conflicts        6");
    }

    private long unitsAt(UnitLevel level, boolean twoTier) {
        return graph.find(Node.ANY, uri(DG.level.getURI()), uri(level.iri())).toList().stream()
                .filter(t -> UnitIris.isTwoTier(t.getSubject().getURI()) == twoTier).count();
    }

    private long count(Node p, Node o) {
        return graph.find(Node.ANY, p, o).toList().size();
    }

    private String validUntil(String code) {
        Node o = object(uri(UnitIris.threeTier(code)), DG.validUntil.getURI());
        return o == null ? null : o.getLiteralLexicalForm();
    }

    private static Node object(Node s, String p) {
        var found = graph.find(s, uri(p), Node.ANY).toList();
        return found.isEmpty() ? null : found.get(0).getObject();
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    static List<CSVRecord> csv(String file) throws IOException {
        try (Reader in = Files.newBufferedReader(SOURCES.resolve(file), StandardCharsets.UTF_8);
             CSVParser p = CSVParser.parse(in, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return p.getRecords();
        }
    }

    private static byte[] gunzip(byte[] gz) throws IOException {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        }
    }
}
