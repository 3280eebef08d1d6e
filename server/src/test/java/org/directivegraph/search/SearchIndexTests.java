package org.directivegraph.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.directivegraph.search.SearchEntry.Kind;
import org.directivegraph.search.SearchResult.FacetCount;
import org.directivegraph.search.SearchResult.Hit;
import org.directivegraph.store.KnowledgeStore;
import org.directivegraph.store.ReferenceData;
import org.directivegraph.store.SeedPlans;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The search index over the reference data and the five seed plans, in a real in-memory TDB2 store. */
class SearchIndexTests {

    static KnowledgeStore store;
    static SearchIndex index;
    static List<SeedPlans.Seed> seeds;

    @BeforeAll
    static void build() {
        store = KnowledgeStore.inMemory();
        ReferenceData.ensureLoaded(store);
        seeds = SeedPlans.load(store);
        long start = System.nanoTime();
        index = SearchIndex.build(store);
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println("SearchIndex.build: " + index.size() + " entries (reference data + 5 seeds) in " + ms + " ms");
    }

    @AfterAll
    static void close() {
        index.close();
        store.close();
    }

    static List<String> iris(SearchResult r) {
        return r.hits().stream().map(Hit::iri).toList();
    }

    @Test
    void analyzerFoldsVietnameseIncludingDStroke() {
        assertThat(index.words("Đảng ủy xã Đường An")).containsExactly("dang", "uy", "xa", "duong", "an");
        assertThat(index.words("THÁI HỌC")).isEqualTo(index.words("thai hoc")).isEqualTo(index.words("Thái Học"));
        // decomposed accents (NFD) fold like precomposed ones
        assertThat(index.words(java.text.Normalizer.normalize("Thái Học", java.text.Normalizer.Form.NFD)))
                .containsExactly("thai", "hoc");
        assertThat(index.words("33/CT-TTg")).isEqualTo(index.words("33 CT TTg")).containsExactly("33", "ct", "ttg");
    }

    @Test
    void threeSpellingsOfThaiHocFindTheSame() {
        SearchResult plain = index.search("thai hoc", SearchFilters.NONE, 1000);
        SearchResult accented = index.search("Thái Học", SearchFilters.NONE, 1000);
        SearchResult upper = index.search("THÁI HỌC", SearchFilters.NONE, 1000);
        assertThat(plain.total()).isPositive();
        assertThat(iris(accented)).isEqualTo(iris(plain));
        assertThat(iris(upper)).isEqualTo(iris(plain));
        // every unit the reference data names "… Thái Học" is found, and the seed plan of xã Thái Học
        List<String> units = Rows.select(store, """
                SELECT DISTINCT ?u WHERE { ?u a dg:AdministrativeUnit ; skos:prefLabel|skos:altLabel ?n .
                  FILTER(REGEX(?n, "Thái Học$")) }""", Map.of()).stream().map(r -> Rows.str(r, "u")).toList();
        assertThat(units).isNotEmpty();
        assertThat(iris(plain)).containsAll(units);
        String thaiHocPlan = seeds.stream().map(SeedPlans.Seed::documentIri).filter(i -> i.contains("/10981/")).findFirst().orElseThrow();
        assertThat(iris(plain)).contains(thaiHocPlan);
        Hit planHit = plain.hits().stream().filter(h -> h.iri().equals(thaiHocPlan)).findFirst().orElseThrow();
        assertThat(planHit.kind()).isEqualTo(Kind.DOCUMENT);
        assertThat(planHit.highlights()).isNotEmpty();
        SearchResult.Range r = planHit.highlights().get(0);
        assertThat(index.words(planHit.snippet().substring(r.start(), r.end()))).hasSize(1).containsAnyOf("thai", "hoc");
    }

    @Test
    void numberAndSymbolMatchWithOrWithoutPunctuation() {
        String ct33 = Rows.select(store, "SELECT ?d WHERE { ?d dg:numberAndSymbol \"33/CT-TTg\" }", Map.of())
                .stream().map(r -> Rows.str(r, "d")).findFirst().orElseThrow();
        SearchResult slash = index.search("33/CT-TTg", SearchFilters.NONE, 10);
        SearchResult spaced = index.search("33 CT TTg", SearchFilters.NONE, 10);
        assertThat(slash.hits().get(0).iri()).isEqualTo(ct33);
        assertThat(spaced.hits().get(0).iri()).isEqualTo(ct33);
        assertThat(slash.hits().get(0).label()).contains("Chỉ thị").contains("33/CT-TTg");
    }

    @Test
    void facetsCountTheMatches() {
        SearchResult all = index.search("", SearchFilters.kinds(Kind.DOCUMENT), 5);
        // the year facet agrees with a count in SPARQL of identified documents by year
        for (FacetCount year : all.facets().get(SearchIndex.YEAR)) {
            long expected = Rows.select(store, """
                    SELECT DISTINCT ?d WHERE { VALUES ?c { dg:Document dg:Plan } ?d a ?c ; dg:issuedYear ?y .
                      FILTER NOT EXISTS { ?d a dg:UnresolvedDocument } FILTER(STR(?y) = ?year) }""",
                    Map.of("year", NodeFactory.createLiteralString(year.key()))).size();
            assertThat(year.count()).as("documents of " + year.key()).isEqualTo((int) expected);
        }
        // each facet value's count is the total when filtering by it
        for (String facet : SearchIndex.FACETS) {
            for (FacetCount value : all.facets().get(facet)) {
                SearchResult filtered = index.search("", SearchFilters.kinds(Kind.DOCUMENT).with(facet, value.key()), 5);
                assertThat(filtered.total()).as(facet + " " + value.key()).isEqualTo(value.count());
            }
        }
        assertThat(all.facets().get(SearchIndex.LEVEL)).extracting(FacetCount::label).contains("Trung ương");
        assertThat(all.total()).isGreaterThan(all.hits().size());
    }

    @Test
    void hostileQueriesDoNotThrow() {
        for (String q : List.of("\"(", "33/CT-TTg AND OR", "*", "?", "title:x~2", "\\", "[a TO z]", "(((", "",
                "   ", "<script>alert(1)</script>", "a".repeat(5000), "NOT", "+-&&||!(){}[]^\"~*?:\\/")) {
            assertThatCode(() -> index.search(q, SearchFilters.NONE, 10)).as(q).doesNotThrowAnyException();
        }
    }

    @Test
    void updateAndRemoveOneDocumentWhileSearching() throws Exception {
        SeedPlans.Seed seed = seeds.get(1);
        String title = Rows.select(store, "SELECT ?t WHERE { ?d dg:title ?t }",
                Map.<String, Node>of("d", NodeFactory.createURI(seed.documentIri()))).get(0).get("t").getLiteralLexicalForm();
        assertThat(iris(index.search(title, SearchFilters.kinds(Kind.DOCUMENT), 5))).contains(seed.documentIri());
        int size = index.size();

        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> searches = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            searches.add(pool.submit(() -> index.search("kế hoạch thực hiện", SearchFilters.NONE, 20)));
        }
        store.deleteGraph(seed.graphName());
        index.update(store, seed.documentIri());
        assertThat(iris(index.search(title, SearchFilters.kinds(Kind.DOCUMENT, Kind.TASK), 50)))
                .doesNotContain(seed.documentIri())
                .noneMatch(iri -> iri.startsWith(seed.documentIri() + "/"));
        store.putGraph(seed.graphName(), seed.graph());
        index.update(store, seed.documentIri());
        for (Future<?> f : searches) {
            f.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(index.size()).isEqualTo(size);
        assertThat(iris(index.search(title, SearchFilters.kinds(Kind.DOCUMENT), 5))).contains(seed.documentIri());

        index.remove(seed.documentIri());
        assertThat(index.size()).isLessThan(size);
        index.update(store, seed.documentIri());
        assertThat(index.size()).isEqualTo(size);
    }

    @Test
    void tasksAreFoundByTheirText() {
        String task = Rows.select(store, "SELECT ?t ?title WHERE { ?d dg:sourceText ?s ; dg:task ?t . ?t dg:title ?title } ORDER BY ?t LIMIT 1",
                Map.of()).get(0).get("t").getURI();
        String title = Rows.select(store, "SELECT ?title WHERE { ?t dg:title ?title }",
                Map.<String, Node>of("t", NodeFactory.createURI(task))).get(0).get("title").getLiteralLexicalForm();
        SearchResult r = index.search(title.toUpperCase(), SearchFilters.kinds(Kind.TASK), 5);
        assertThat(iris(r)).contains(task);
        assertThat(r.hits()).allMatch(h -> h.kind() == Kind.TASK && h.parent() != null);
    }
}
