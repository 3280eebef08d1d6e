package org.directivegraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.directivegraph.store.PackagedData;
import org.directivegraph.store.SeedPlans;
import org.directivegraph.vocab.DG;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every citation of the five gold seeds, fed with what it states (type, number and symbol read from its citation
 * text; its stated date and issuer), resolved in its seed's context: the IRI must be the gold's cited document.
 */
class DocumentResolverTests {

    static DocumentResolver documents;
    static List<SeedPlans.Seed> seeds;
    static Model reference;

    @BeforeAll
    static void load() {
        documents = new DocumentResolver(SeedContexts.index());
        seeds = SeedPlans.packaged();
        reference = ModelFactory.createModelForGraph(PackagedData.graph("data/documents/*.ttl"));
    }

    private static final Map<String, String> TYPE_WORDS = new TreeMap<>(Comparator.comparing(String::length).reversed()
            .thenComparing(Comparator.naturalOrder()));

    static {
        TYPE_WORDS.putAll(Map.ofEntries(Map.entry("kế hoạch hành động", "kh"), Map.entry("kế hoạch", "kh"),
                Map.entry("chương trình hành động", "ctr"), Map.entry("chương trình", "ctr"), Map.entry("chỉ thị", "ct"),
                Map.entry("quyết định", "qd"), Map.entry("quy định", "qyd"), Map.entry("quy chế", "qc"),
                Map.entry("kết luận", "kl"), Map.entry("nghị quyết", "nq"), Map.entry("nghị định", "nd"),
                Map.entry("thông tư", "tt"), Map.entry("pháp lệnh", "pl"), Map.entry("luật", "luat"),
                Map.entry("công văn", "cv")));
    }

    private static final Pattern NUMBER = Pattern.compile(
            "((?:\\d+\\s*,\\s*)*)(\\d+(?:/\\d{4})?)\\s*[-/]\\s*(\\p{L}+\\d*(?:\\s*[-/]\\s*\\p{L}+\\d*)*)");
    private static final Pattern DATE = Pattern.compile("ngày\\s+(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    /** A gold citation: its seed, position, the statement fed to the resolver, and the gold cited document. */
    record GoldCitation(String seed, int position, CitedDocument stated, String gold) {
    }

    /** Reads what each gold citation states, the way a simple parser of its citation text would. */
    static List<GoldCitation> goldCitations() {
        List<GoldCitation> out = new ArrayList<>();
        for (SeedPlans.Seed s : seeds) {
            String seed = s.file().replaceAll(".*/", "").substring(0, 3);
            Model m = ModelFactory.createModelForGraph(s.graph());
            List<Resource> citations = m.listSubjectsWithProperty(RDF.type, DG.Citation).toList();
            citations.sort(Comparator.comparingInt(DocumentResolverTests::position));
            String previousText = null;
            int repeat = 0;
            for (Resource c : citations) {
                String text = c.getProperty(DG.citationText).getString();
                repeat = text.equals(previousText) ? repeat + 1 : 0;
                previousText = text;
                Statement date = c.getProperty(DG.statedDate);
                Statement issuer = c.getProperty(DG.statedIssuerText);
                CitedDocument stated = parse(text, repeat, date == null ? null : LocalDate.parse(date.getString()),
                        issuer == null ? null : issuer.getString());
                out.add(new GoldCitation(seed, position(c), stated, c.getPropertyResourceValue(DG.citedDocument).getURI()));
            }
        }
        return out;
    }

    static int position(Resource citation) {
        String iri = citation.getURI();
        return Integer.parseInt(iri.substring(iri.lastIndexOf('/') + 1));
    }

    /** Type word, number and symbol from a citation text ("Quyết định số 217, 218-QĐ/TW …": the {@code repeat}-th number). */
    static CitedDocument parse(String text, int repeat, LocalDate statedDate, String statedIssuer) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        String type = null;
        String typeWord = null;
        for (var e : TYPE_WORDS.entrySet()) {
            if (lower.startsWith(e.getKey())) {
                type = e.getValue();
                typeWord = e.getKey();
                break;
            }
        }
        String number = null;
        String symbol = null;
        Matcher n = NUMBER.matcher(text);
        if (n.find()) {
            List<String> numbers = new ArrayList<>();
            for (String p : n.group(1).split(",")) {
                if (!p.isBlank()) {
                    numbers.add(p.strip());
                }
            }
            numbers.add(n.group(2));
            number = numbers.get(Math.min(repeat, numbers.size() - 1));
            symbol = n.group(3).replaceAll("\\s+", "");
        }
        LocalDate date = statedDate;
        Matcher d = DATE.matcher(text);
        if (date == null && d.find()) {
            date = LocalDate.of(Integer.parseInt(d.group(3)), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(1)));
        }
        String title = null;
        if (number == null && typeWord != null && ("luat".equals(type) || "pl".equals(type))) {
            title = text.substring(typeWord.length()).replaceFirst("\\s+ngày.*$", "").strip();
        }
        return new CitedDocument(type, number, symbol, date, null, statedIssuer, title, text);
    }

    @Test
    void theGoldCitationsResolveToTheGoldCitedDocuments() {
        List<GoldCitation> gold = goldCitations();
        List<String> misses = new ArrayList<>();
        int agree = 0;
        Map<DocumentResolution.Status, Integer> byStatus = new TreeMap<>();
        for (GoldCitation g : gold) {
            DocumentResolution r = documents.resolve(g.stated(), SeedContexts.PLANS.get(g.seed()), SeedContexts.of(g.seed()));
            byStatus.merge(r.status(), 1, Integer::sum);
            if (r.iri().equals(g.gold())) {
                agree++;
            } else {
                misses.add(g.seed() + " citation " + g.position() + " '" + g.stated().citationText() + "': " + r.iri()
                        + " (gold " + g.gold() + ") " + r.warnings());
            }
        }
        double rate = (double) agree / gold.size();
        System.out.printf("DocumentResolver agreement with the gold citations: %d/%d = %.3f %s%n", agree, gold.size(), rate,
                byStatus);
        misses.forEach(m -> System.out.println("  miss: " + m));
        assertThat(gold).hasSizeGreaterThan(100);
        assertThat(rate).as(String.join("\n", misses)).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void withoutReferenceDocumentsTheMintedIrisAreStillTheGoldOnesWhereTheTextIdentifiesTheDocument() {
        ReferenceIndex bodiesOnly = ReferenceIndex.of(SeedContexts.index().units(), PackagedData.graph("data/bodies/*.ttl"));
        DocumentResolver minting = new DocumentResolver(bodiesOnly);
        List<GoldCitation> gold = goldCitations();
        List<String> misses = new ArrayList<>();
        int agree = 0;
        for (String seed : SeedContexts.PLANS.keySet().stream().sorted().toList()) {
            List<GoldCitation> ofSeed = gold.stream().filter(g -> g.seed().equals(seed)).toList();
            List<DocumentResolution> rs = minting.resolveAll(ofSeed.stream().map(GoldCitation::stated).toList(),
                    SeedContexts.PLANS.get(seed), SeedContexts.of(seed));
            for (int i = 0; i < ofSeed.size(); i++) {
                GoldCitation g = ofSeed.get(i);
                DocumentResolution r = rs.get(i);
                assertThat(r.status()).isNotEqualTo(DocumentResolution.Status.KNOWN);
                if (r.iri().equals(g.gold())) {
                    agree++;
                } else {
                    misses.add(g.seed() + " citation " + g.position() + " '" + g.stated().citationText() + "': " + r.iri()
                            + " (gold " + g.gold() + ") " + r.warnings());
                }
            }
        }
        double rate = (double) agree / gold.size();
        System.out.printf("DocumentResolver without reference documents (minting only): %d/%d = %.3f%n", agree, gold.size(), rate);
        misses.forEach(m -> System.out.println("  miss: " + m));
        assertThat(rate).as(String.join("\n", misses)).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void theIssuersOfTheCitedDocumentsAreTheGoldIssuers() {
        Graph all = PackagedData.graph("data/documents/*.ttl");
        seeds.forEach(s -> s.graph().find().forEachRemaining(all::add));
        Model m = ModelFactory.createModelForGraph(all);
        int compared = 0;
        int agree = 0;
        List<String> misses = new ArrayList<>();
        for (GoldCitation g : goldCitations()) {
            List<String> goldIssuers = m.getResource(g.gold()).listProperties(DG.issuer)
                    .mapWith(st -> st.getResource().getURI()).toList();
            if (goldIssuers.isEmpty() || g.stated().issuerText() == null) {
                continue;
            }
            compared++;
            DocumentResolution r = documents.resolve(g.stated(), SeedContexts.PLANS.get(g.seed()), SeedContexts.of(g.seed()));
            List<String> ours = r.issuers().stream().map(BodyResolution::iri).toList();
            if (ours.size() == goldIssuers.size() && ours.containsAll(goldIssuers)) {
                agree++;
            } else {
                misses.add(g.seed() + " '" + g.stated().issuerText() + "': " + ours + " (gold " + goldIssuers + ")");
            }
        }
        double rate = (double) agree / compared;
        System.out.printf("Issuers of cited documents: %d/%d = %.3f%n", agree, compared, rate);
        misses.forEach(x -> System.out.println("  miss: " + x));
        assertThat(rate).as(String.join("\n", misses)).isGreaterThanOrEqualTo(0.9);
    }

    static CitedDocument cite(String type, String number, String symbol, LocalDate date, String issuer, String text) {
        return new CitedDocument(type, number, symbol, date, null, issuer, null, text);
    }

    @Test
    void aDocumentOutsideTheReferenceDataIsMintedInTheUnitItsIssuerNames() {
        DocumentResolution r = documents.resolve(cite("kh", "12", "KH-UBND", LocalDate.of(2023, 3, 5), "UBND huyện",
                "Kế hoạch số 12/KH-UBND ngày 05/3/2023 của UBND huyện"), SeedContexts.PLANS.get("000"), SeedContexts.of("000"));
        assertThat(r.status()).isEqualTo(DocumentResolution.Status.MINTED);
        assertThat(r.iri()).isEqualTo(SeedContexts.B + "id/doc/296/ubnd/2023/kh-12");
        assertThat(r.issuer()).get().extracting(BodyResolution::iri).isEqualTo(SeedContexts.B + "id/body/296/ubnd");
    }

    @Test
    void theSymbolDecidesTheIssuerKeyAndTheWordsTheUnit() {
        DocumentResolution r = documents.resolve(cite("qd", "446", "QĐ/TW", LocalDate.of(2021, 11, 26), "Ban Thường vụ Thành ủy",
                "Quyết định số 446-QĐ/TW ngày 26/11/2021 của Ban Thường vụ Thành ủy"), SeedContexts.PLANS.get("001"),
                SeedContexts.of("001"));
        assertThat(r.iri()).isEqualTo(SeedContexts.B + "id/doc/31/tw/2021/qd-446");
        DocumentResolution central = documents.resolve(cite("qd", "446", "QĐ/TW", LocalDate.of(2021, 11, 26), null,
                "Quyết định số 446-QĐ/TW ngày 26/11/2021"), SeedContexts.PLANS.get("003"), SeedContexts.of("003"));
        assertThat(central.status()).as("a dated citation without issuer takes the one known document")
                .isEqualTo(DocumentResolution.Status.KNOWN);
    }

    @Test
    void theSameNumberOfAnotherUnitIsNotTheSameDocument() {
        DocumentResolution r = documents.resolve(cite("ct", "24", "CT-UBND", LocalDate.of(2016, 11, 15), "UBND tỉnh",
                "Chỉ thị số 24/CT-UBND ngày 15/11/2016 của UBND tỉnh"), SeedContexts.PLANS.get("003"), SeedContexts.of("003"));
        assertThat(r.status()).isEqualTo(DocumentResolution.Status.MINTED);
        assertThat(r.iri()).isEqualTo(SeedContexts.B + "id/doc/72/ubnd/2016/ct-24");
        assertThat(r.candidates()).containsExactly(SeedContexts.B + "id/doc/30/ubnd/2016/ct-24");
        DocumentResolution otherDate = documents.resolve(cite("kh", "149", "KH-UBND", LocalDate.of(2023, 5, 30), "UBND quận",
                "Kế hoạch số 149/KH-UBND ngày 30/5/2023 của UBND quận"), SeedContexts.PLANS.get("001"), SeedContexts.of("001"));
        assertThat(otherDate.iri()).isEqualTo(SeedContexts.B + "id/doc/307/ubnd/2023/kh-149");
    }

    @Test
    void spacingLeadingZerosAndDiacriticsOfTheSymbolDoNotMatter() {
        DocumentResolution r = documents.resolve(cite("ct", "33", "CT- TTg", null, null, "Chỉ thị 33/CT- TTg"),
                SeedContexts.PLANS.get("004"), SeedContexts.of("004"));
        assertThat(r.iri()).isEqualTo(SeedContexts.B + "id/doc/VN/ttg/2021/ct-33");
        DocumentResolution nd = documents.resolve(cite("nd", "4/2015", "ND-CP", null, null, "Nghị định 4/2015/ND-CP"),
                SeedContexts.PLANS.get("004"), SeedContexts.of("004"));
        assertThat(nd.iri()).isEqualTo(SeedContexts.B + "id/doc/VN/cp/2015/nd-4");
    }

    @Test
    void aCitationWithoutNumberAndDateIsLocalToTheCitingDocument() {
        String plan = SeedContexts.PLANS.get("004");
        DocumentResolution r = documents.resolve(cite("ct", null, null, null, "UBND tỉnh", "Chỉ thị của UBND tỉnh"), plan,
                SeedContexts.of("004"));
        assertThat(r.isUnresolved()).isTrue();
        assertThat(r.iri()).isEqualTo(plan + "/cited/75c4dcd6");
        assertThat(r.issuer()).get().extracting(BodyResolution::iri).isEqualTo(SeedContexts.B + "id/body/x-tinh/ubnd");
        assertThat(r.issuer().get().unit().candidates()).extracting(u -> u.code()).containsExactlyInAnyOrder("30", "34", "60");
    }
}
