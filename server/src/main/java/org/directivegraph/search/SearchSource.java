package org.directivegraph.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.directivegraph.search.SearchEntry.FacetValue;
import org.directivegraph.search.SearchEntry.Kind;
import org.directivegraph.store.GraphStore;

/** Reads the entries of the search index from a store: every document, unit, body and task, or one document's. */
public final class SearchSource {

    private static final String DOCUMENTS = """
            SELECT ?d ?title ?subject ?number ?type ?level ?year ?date ?ym ?issuer ?issuerText
            WHERE {
              VALUES ?class { dg:Document dg:Plan }
              ?d a ?class .
              OPTIONAL { ?d dg:title ?title }
              OPTIONAL { ?d dg:subject ?subject }
              OPTIONAL { ?d dg:numberAndSymbol ?number }
              OPTIONAL { ?d dg:documentType ?type }
              OPTIONAL { ?d dg:level ?level }
              OPTIONAL { ?d dg:issuedYear ?year }
              OPTIONAL { ?d dg:dateIssued ?date }
              OPTIONAL { ?d dg:issuedYearMonth ?ym }
              OPTIONAL { ?d dg:issuer ?issuer }
              OPTIONAL { ?d dg:issuerText ?issuerText }
            }
            """;

    private static final String UNRESOLVED = "SELECT ?d WHERE { ?d a dg:UnresolvedDocument }";

    private static final String TASKS = """
            SELECT ?d ?t ?title ?ordinal
            WHERE {
              ?d dg:task ?t .
              ?t dg:title ?title .
              OPTIONAL { ?t dg:ordinal ?ordinal }
            }
            """;

    /** Every Vietnamese preferred label (units, bodies, concepts), in one scan. */
    private static final String LABELS = """
            SELECT ?x ?label WHERE { ?x skos:prefLabel ?label FILTER(LANG(?label) = "vi") }
            """;

    private static final String UNITS = """
            SELECT ?u ?level ?parent WHERE {
              ?u a dg:AdministrativeUnit .
              OPTIONAL { ?u dg:level ?level }
              OPTIONAL { ?u dg:parentUnit ?parent }
            }
            """;

    private static final String UNIT_NAMES = """
            SELECT ?u ?alt WHERE { ?u a dg:AdministrativeUnit ; skos:altLabel ?alt }
            """;

    private static final String BODIES = """
            SELECT ?b ?alt ?abbr ?level ?unit
            WHERE {
              ?b a dg:Body .
              OPTIONAL { ?b skos:altLabel ?alt }
              OPTIONAL { ?b dg:abbreviation ?abbr }
              OPTIONAL { ?b dg:level ?level }
              OPTIONAL { ?b dg:unit ?unit }
            }
            """;

    private static final String CENTRAL = "https://w3id.org/directivegraph/vocab/level/central";

    private final GraphStore store;

    /** A source over this store. */
    public SearchSource(GraphStore store) {
        this.store = store;
    }

    /** Every entry of the store: documents and their tasks, units, bodies. */
    public List<SearchEntry> all() {
        return store.snapshot(this::allNow);
    }

    private List<SearchEntry> allNow() {
        Map<String, String> labels = labels();
        List<Map<String, Node>> bodyRows = Rows.select(store, BODIES, Map.of());
        Map<String, SearchEntry> documents = documents(Rows.select(store, DOCUMENTS, Map.of()), labels, bodyRows);
        List<SearchEntry> entries = new ArrayList<>(documents.values());
        entries.addAll(tasks(Rows.select(store, TASKS, Map.of()), documents));
        entries.addAll(units(labels));
        entries.addAll(bodies(bodyRows, labels));
        return entries;
    }

    /** The entries of one document (the document and its tasks) as the store now has them; empty if it is gone. */
    public List<SearchEntry> ofDocument(String documentIri) {
        // the document's entry and its tasks' entries from one state of the store (one version of the document)
        return store.snapshot(() -> ofDocumentNow(documentIri));
    }

    private List<SearchEntry> ofDocumentNow(String documentIri) {
        Node d = NodeFactory.createURI(documentIri);
        Map<String, String> labels = labels();
        List<Map<String, Node>> bodyRows = Rows.select(store, BODIES, Map.of());
        Map<String, SearchEntry> documents = documents(Rows.select(store, Rows.withValues(DOCUMENTS, "d", List.of(d)), Map.of()),
                labels, bodyRows);
        List<SearchEntry> entries = new ArrayList<>(documents.values());
        if (!documents.isEmpty()) {
            entries.addAll(tasks(Rows.select(store, Rows.withValues(TASKS, "d", List.of(d)), Map.of()), documents));
        }
        return entries;
    }

    private Map<String, String> labels() {
        Map<String, String> labels = new HashMap<>();
        for (Map<String, Node> row : Rows.select(store, LABELS, Map.of())) {
            labels.merge(Rows.str(row, "x"), Rows.str(row, "label"), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        return labels;
    }

    private Map<String, SearchEntry> documents(List<Map<String, Node>> rows, Map<String, String> labels,
                                               List<Map<String, Node>> bodyRows) {
        Set<String> unresolved = new HashSet<>();
        Rows.select(store, UNRESOLVED, Map.of()).forEach(r -> unresolved.add(Rows.str(r, "d")));
        Map<String, String> bodyLevels = new HashMap<>();
        bodyRows.forEach(r -> {
            if (r.get("level") != null) {
                bodyLevels.putIfAbsent(Rows.str(r, "b"), Rows.str(r, "level"));
            }
        });
        Map<String, SearchEntry> entries = new LinkedHashMap<>();
        group(rows, "d").forEach((iri, list) -> {
            if (unresolved.contains(iri)) {
                return;
            }
            String title = first(list, "title");
            List<String> subjects = all(list, "subject");
            String number = first(list, "number");
            String type = first(list, "type");
            String typeLabel = type == null ? null : labels.get(type);
            String date = first(list, "date");
            String year = first(list, "year");
            if (year == null) {
                String d = date != null ? date : first(list, "ym");
                year = d == null || d.length() < 4 ? null : d.substring(0, 4);
            }
            String issuer = first(list, "issuer");
            String issuerLabel = issuer == null ? null : labels.get(issuer);
            String issuerText = first(list, "issuerText");
            String level = first(list, "level");
            if (level == null && issuer != null) {
                level = bodyLevels.get(issuer);
            }
            String levelLabel = level == null ? null : labels.get(level);
            String name = title != null ? title : subjects.isEmpty() ? "" : subjects.get(0);
            String head = (typeLabel == null ? "" : typeLabel)
                    + (number == null || number.startsWith("/") ? "" : " " + number);
            String label = head.isBlank() ? name : name.isBlank() ? head.strip() : head.strip() + ": " + name;
            Map<String, FacetValue> facets = new HashMap<>();
            facet(facets, SearchIndex.LEVEL, level, levelLabel);
            facet(facets, SearchIndex.TYPE, type, typeLabel);
            facet(facets, SearchIndex.YEAR, year, year);
            facet(facets, SearchIndex.ISSUER, issuer, issuerLabel != null ? issuerLabel : issuerText);
            List<String> text = new ArrayList<>();
            text.add(label);
            text.addAll(subjects);
            text.add(issuerLabel);
            text.add(issuerText);
            text.add(levelLabel);
            text.add(year);
            String context = SearchEntry.lines(Arrays.asList(issuerLabel != null ? issuerLabel : issuerText,
                    date != null ? date : year)).replace("\n", ", ");
            entries.put(iri, new SearchEntry(iri, Kind.DOCUMENT, iri, label, context, null, number,
                    SearchEntry.lines(text), facets));
        });
        return entries;
    }

    private static List<SearchEntry> tasks(List<Map<String, Node>> rows, Map<String, SearchEntry> documents) {
        List<SearchEntry> entries = new ArrayList<>();
        group(rows, "t").forEach((iri, list) -> {
            String doc = first(list, "d");
            SearchEntry owner = documents.get(doc);
            if (owner == null) {
                return;
            }
            String ordinal = first(list, "ordinal");
            String title = first(list, "title");
            entries.add(new SearchEntry(iri, Kind.TASK, doc, (ordinal == null ? "" : ordinal + ". ") + title,
                    owner.label(), doc, "", SearchEntry.lines(all(list, "title")), owner.facets()));
        });
        return entries;
    }

    private List<SearchEntry> units(Map<String, String> labels) {
        Map<String, List<String>> altNames = new HashMap<>();
        Rows.select(store, UNIT_NAMES, Map.of())
                .forEach(r -> altNames.computeIfAbsent(Rows.str(r, "u"), k -> new ArrayList<>()).add(Rows.str(r, "alt")));
        Map<String, String> parents = new HashMap<>();
        Map<String, String> levels = new HashMap<>();
        List<Map<String, Node>> rows = Rows.select(store, UNITS, Map.of());
        rows.forEach(r -> {
            String u = Rows.str(r, "u");
            if (r.get("parent") != null) {
                parents.merge(u, Rows.str(r, "parent"), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
            if (r.get("level") != null) {
                levels.putIfAbsent(u, Rows.str(r, "level"));
            }
        });
        List<SearchEntry> entries = new ArrayList<>();
        new java.util.TreeSet<>(rows.stream().map(r -> Rows.str(r, "u")).toList()).forEach(iri -> {
            String pref = labels.get(iri);
            List<String> names = new ArrayList<>();
            names.add(pref);
            names.addAll(altNames.getOrDefault(iri, List.of()).stream().sorted().toList());
            String parent = parents.get(iri);
            List<String> context = new ArrayList<>();
            for (String p = parent; p != null && !CENTRAL.equals(levels.get(p)) && context.size() < 2; p = parents.get(p)) {
                context.add(labels.get(p));
            }
            Map<String, FacetValue> facets = new HashMap<>();
            String level = levels.get(iri);
            facet(facets, SearchIndex.LEVEL, level, level == null ? null : labels.get(level));
            entries.add(new SearchEntry(iri, Kind.UNIT, null, pref == null ? iri : pref,
                    SearchEntry.lines(context).replace("\n", ", "), parent, "", SearchEntry.lines(names), facets));
        });
        return entries;
    }

    private static List<SearchEntry> bodies(List<Map<String, Node>> rows, Map<String, String> labels) {
        List<SearchEntry> entries = new ArrayList<>();
        group(rows, "b").forEach((iri, list) -> {
            String pref = labels.get(iri);
            List<String> names = new ArrayList<>();
            names.add(pref);
            names.addAll(all(list, "alt"));
            names.addAll(all(list, "abbr"));
            Map<String, FacetValue> facets = new HashMap<>();
            String level = first(list, "level");
            facet(facets, SearchIndex.LEVEL, level, level == null ? null : labels.get(level));
            String unit = first(list, "unit");
            entries.add(new SearchEntry(iri, Kind.BODY, null, pref == null ? iri : pref,
                    unit == null || labels.get(unit) == null ? "" : labels.get(unit), null, "", SearchEntry.lines(names), facets));
        });
        return entries;
    }

    private static void facet(Map<String, FacetValue> facets, String name, String key, String label) {
        if (key != null) {
            facets.put(name, new FacetValue(key, label == null ? key : label));
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static Map<String, List<Map<String, Node>>> group(List<Map<String, Node>> rows, String key) {
        Map<String, List<Map<String, Node>>> groups = new LinkedHashMap<>();
        for (Map<String, Node> row : rows) {
            String k = Rows.str(row, key);
            if (k != null) {
                groups.computeIfAbsent(k, x -> new ArrayList<>()).add(row);
            }
        }
        return groups;
    }

    /** The smallest value of a variable over the rows (stable whatever the row order), or {@code null}. */
    private static String first(List<Map<String, Node>> rows, String variable) {
        return rows.stream().map(r -> Rows.str(r, variable)).filter(v -> v != null).sorted().findFirst().orElse(null);
    }

    private static List<String> all(List<Map<String, Node>> rows, String variable) {
        Set<String> values = new LinkedHashSet<>();
        rows.forEach(r -> {
            String v = Rows.str(r, variable);
            if (v != null) {
                values.add(v);
            }
        });
        return new ArrayList<>(values).stream().sorted().toList();
    }

}
