package org.directivegraph.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.path.P_Link;
import org.directivegraph.query.QueryRunner;
import org.directivegraph.query.SavedQueries;
import org.directivegraph.query.SavedQuery;
import org.directivegraph.search.Rows;
import org.directivegraph.store.GraphStore;
import org.directivegraph.validate.Finding;
import org.directivegraph.validate.Finding.Severity;
import org.directivegraph.validate.PlanShapes;
import org.directivegraph.validate.StoreValidation;

/**
 * Every data-quality problem the store knows of: each SHACL finding of each document graph (as
 * {@link StoreValidation} reports them) and each row of the {@code quality-*} saved queries, with the
 * document concerned, a message in Vietnamese and English, and the sentence concerned when there is one (the
 * text span the focus node was read from, the citation of the document concerned, or the span of the
 * property concerned). Validation of a large store takes a while: compute it once and keep the result.
 *
 * <pre>
 * QualityReport.Result q = new QualityReport(store).compute();
 * q.items(); q.byKindAndSeverity(); q.countBySeverity(); q.table(lang);
 * </pre>
 */
public final class QualityReport {

    /** Saved queries whose names start with this are quality checks. */
    public static final String QUERY_PREFIX = "quality-";

    private static final String OWN_SPAN = """
            SELECT ?exact WHERE { ?focus dg:evidence ?s . ?s dg:exactText ?exact
              FILTER NOT EXISTS { ?s dg:supportsProperty ?p } } ORDER BY STRLEN(?exact) LIMIT 1
            """;

    private static final String PROPERTY_SPAN = """
            SELECT ?exact WHERE { ?focus dg:evidence ?s . ?s dg:supportsProperty ?property ; dg:exactText ?exact } LIMIT 1
            """;

    private static final String CITATION = """
            SELECT ?text ?exact WHERE { ?focus dg:citation ?c . ?c dg:citedDocument ?value .
              OPTIONAL { ?c dg:citationText ?text } OPTIONAL { ?c dg:evidence/dg:exactText ?exact } }
            ORDER BY ?c LIMIT 1
            """;

    private static final Map<String, String[]> QUERY_MESSAGES = Map.of(
            "quality-date-inconsistent", new String[] {
                "Văn bản ghi ngày trước văn bản mà nó trích dẫn hoặc thực hiện",
                "The document is dated before a document it cites or implements"},
            "quality-not-in-force", new String[] {
                "Văn bản trích dẫn một văn bản đã hết hiệu lực vào ngày ban hành",
                "The document cites a document no longer in force on its date"},
            "quality-peer-citation", new String[] {
                "Kế hoạch trích dẫn kế hoạch của một đơn vị cùng cấp",
                "The plan cites a plan of a peer unit of the same level"});

    /** Where an item comes from. */
    public enum Source {
        /** A SHACL shape. */
        SHAPE,
        /** A saved quality query. */
        QUERY
    }

    /**
     * One problem.
     *
     * @param source    shape or query
     * @param kind      the shape's name ({@code PlanNumberShape}) or the query's name ({@code quality-not-in-force})
     * @param severity  how serious (query results are warnings)
     * @param document  the document concerned
     * @param focus     the node concerned (the document, an obligation, a signature …)
     * @param value     the value concerned (e.g. the cited document), or {@code null}
     * @param messageVi the message in Vietnamese
     * @param messageEn the message in English
     * @param sentence  the source text concerned, or the empty string
     */
    public record Item(Source source, String kind, Severity severity, String document, String focus, String value,
                       String messageVi, String messageEn, String sentence) {

        /** The message in {@code vi} or {@code en} (English for anything but "vi"). */
        public String message(String lang) {
            return "vi".equalsIgnoreCase(lang) ? messageVi : messageEn;
        }
    }

    /** Every item, by severity, kind, document, focus. */
    public record Result(List<Item> items) {

        /** The items grouped by kind, then by severity, both in order. */
        public Map<String, Map<Severity, List<Item>>> byKindAndSeverity() {
            Map<String, Map<Severity, List<Item>>> groups = new TreeMap<>();
            items.forEach(i -> groups.computeIfAbsent(i.kind(), k -> new TreeMap<>())
                    .computeIfAbsent(i.severity(), s -> new ArrayList<>()).add(i));
            return groups;
        }

        /** The items of one document. */
        public List<Item> ofDocument(String documentIri) {
            return items.stream().filter(i -> i.document().equals(documentIri)).toList();
        }

        /** How many items of each severity (every severity present, possibly 0). */
        public Map<Severity, Long> countBySeverity() {
            Map<Severity, Long> counts = new LinkedHashMap<>();
            for (Severity s : Severity.values()) {
                counts.put(s, items.stream().filter(i -> i.severity() == s).count());
            }
            return counts;
        }

        /** The table: severity, source, kind, document, focus, value, message (in {@code lang}), sentence. */
        public Table table(String lang) {
            return new Table("Quality", List.of("severity", "source", "kind", "document", "focus", "value", "message",
                    "sentence"), items.stream().map(i -> List.of(i.severity().name().toLowerCase(),
                    i.source().name().toLowerCase(), i.kind(), i.document(), i.focus(), i.value() == null ? "" : i.value(),
                    i.message(lang), i.sentence())).toList());
        }
    }

    private static final Comparator<Item> ORDER = Comparator.comparing(Item::severity).thenComparing(Item::kind)
            .thenComparing(Item::document).thenComparing(Item::focus)
            .thenComparing(i -> i.value() == null ? "" : i.value());

    private final GraphStore store;
    private final PlanShapes shapes;
    private final SavedQueries queries;

    /** Quality over this store with the packaged shapes and queries. */
    public QualityReport(GraphStore store) {
        this(store, PlanShapes.packaged(), SavedQueries.packaged());
    }

    /** Quality over this store with these shapes and queries. */
    public QualityReport(GraphStore store, PlanShapes shapes, SavedQueries queries) {
        this.store = store;
        this.shapes = shapes;
        this.queries = queries;
    }

    /** Validates every document graph and runs every quality query. */
    public Result compute() {
        return store.snapshot(this::computeNow);
    }

    private Result computeNow() {
        List<Item> items = new ArrayList<>();
        new StoreValidation(shapes).validateDocuments(store).forEach((graph, findings) -> {
            String document = graph.endsWith("/graph") ? graph.substring(0, graph.length() - "/graph".length()) : graph;
            findings.forEach(f -> items.add(item(document, f)));
        });
        QueryRunner runner = new QueryRunner(store);
        for (SavedQuery q : queries.all()) {
            if (!q.name().startsWith(QUERY_PREFIX)) {
                continue;
            }
            String[] messages = QUERY_MESSAGES.getOrDefault(q.name(), new String[] {q.title(), q.title()});
            runner.select(q, Map.of()).forEachRemaining(s -> {
                String document = s.getResource("document").getURI();
                String value = s.contains("cited") && s.get("cited").isURIResource() ? s.getResource("cited").getURI() : null;
                String number = s.contains("citedNumber") ? " (" + s.getLiteral("citedNumber").getString() + ")" : "";
                items.add(new Item(Source.QUERY, q.name(), Severity.WARNING, document, document, value,
                        messages[0] + number, messages[1] + number,
                        value == null ? "" : Texts.oneLine(citation(document, value))));
            });
        }
        items.sort(ORDER);
        return new Result(List.copyOf(items));
    }

    private Item item(String document, Finding f) {
        String focus = f.focusNode().isURI() ? f.focusNode().getURI() : f.focusNode().toString();
        String value = f.value() != null && f.value().isURI() && !f.value().equals(f.focusNode()) ? f.value().getURI() : null;
        return new Item(Source.SHAPE, f.shapeName(), f.severity(), document, focus, value, f.message("vi"),
                f.message("en"), Texts.oneLine(sentence(f, value)));
    }

    private String sentence(Finding f, String value) {
        Node focus = f.focusNode();
        if (value != null) {
            String text = citation(focus.isURI() ? focus.getURI() : "", value);
            if (!text.isEmpty()) {
                return text;
            }
        }
        if (f.path() instanceof P_Link link) {
            List<Map<String, Node>> rows = Rows.select(store, PROPERTY_SPAN, Map.of("focus", focus, "property", link.getNode()));
            if (!rows.isEmpty()) {
                return Rows.str(rows.get(0), "exact");
            }
        }
        List<Map<String, Node>> own = Rows.select(store, OWN_SPAN, Map.of("focus", focus));
        return own.isEmpty() ? "" : Rows.str(own.get(0), "exact");
    }

    private String citation(String document, String cited) {
        if (document.isEmpty()) {
            return "";
        }
        List<Map<String, Node>> rows = Rows.select(store, CITATION,
                Map.of("focus", NodeFactory.createURI(document), "value", NodeFactory.createURI(cited)));
        if (rows.isEmpty()) {
            return "";
        }
        String exact = Rows.str(rows.get(0), "exact");
        return exact != null ? exact : Rows.str(rows.get(0), "text") == null ? "" : Rows.str(rows.get(0), "text");
    }
}
