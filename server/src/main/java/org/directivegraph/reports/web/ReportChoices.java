package org.directivegraph.reports.web;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.directivegraph.report.DocumentSummaries;
import org.directivegraph.report.DocumentSummary;
import org.directivegraph.search.Rows;
import org.directivegraph.store.GraphStore;
import org.directivegraph.units.UnitLevel;

/**
 * What the report forms offer and what the parameters must name: the documents something implements, the
 * administrative units that issue plans with the units above them, and whether an IRI is a known document or unit.
 */
public final class ReportChoices {

    private static final String IMPLEMENTED = "SELECT DISTINCT ?d WHERE { ?x dg:implements ?d }";

    private static final String ISSUING_UNITS = "SELECT DISTINCT ?u WHERE { ?p a dg:Plan ; dg:issuingUnit ?u }";

    private static final String PARENTS = "SELECT ?child ?parent WHERE { ?child dg:parentUnit ?parent }";

    private static final String LABELS = """
            SELECT ?u ?label WHERE { ?u skos:prefLabel ?label FILTER(LANG(?label) = "vi") }
            """;

    /** Levels from the top: documents of the Central level are offered first (unknown levels last). */
    private static final List<String> LEVELS = java.util.Arrays.stream(UnitLevel.values()).map(UnitLevel::iri).toList();

    private static final String ANY_STATEMENT = "SELECT ?p WHERE { ?s ?p ?o } LIMIT 1";

    private static final String UNIT = "SELECT ?label WHERE { ?s a dg:AdministrativeUnit OPTIONAL { ?s skos:prefLabel ?label FILTER(LANG(?label) = \"vi\") } } LIMIT 1";

    /** A unit offered as an area: its IRI, Vietnamese name, and how many units are above it (0 for a province). */
    public record Area(String iri, String label, int depth) {
    }

    private final GraphStore store;

    /** Choices over this store. */
    public ReportChoices(GraphStore store) {
        this.store = store;
    }

    /** The documents that some document implements, Central ones first, then by label. */
    public List<DocumentSummary> directives() {
        List<String> iris = Rows.select(store, IMPLEMENTED, Map.of()).stream().map(r -> Rows.str(r, "d")).toList();
        List<DocumentSummary> list = new ArrayList<>(DocumentSummaries.of(store, iris).values());
        list.sort(Comparator.comparingInt((DocumentSummary d) -> LEVELS.indexOf(d.level() == null ? "" : d.level()) & Integer.MAX_VALUE)
                .thenComparing(DocumentSummary::label));
        return list;
    }

    /**
     * The units that issue plans and the units above them, from the top, then by name; without
     * {@code withCommunes} only units that have units under them (country, provinces, districts).
     */
    public List<Area> areas(boolean withCommunes) {
        // Three flat reads and a walk up the tree here: asking "dg:parentUnit+" for each plan's unit in SPARQL took
        // seconds at national size (about 57,000 plans) for a list of at most a few thousand units.
        Map<String, Set<String>> parentsOf = new HashMap<>();
        for (Map<String, Node> r : Rows.select(store, PARENTS, Map.of())) {
            parentsOf.computeIfAbsent(Rows.str(r, "child"), k -> new TreeSet<>()).add(Rows.str(r, "parent"));
        }
        Set<String> withChildren = new HashSet<>();
        parentsOf.values().forEach(withChildren::addAll);
        Map<String, Integer> depths = new TreeMap<>();
        for (Map<String, Node> r : Rows.select(store, ISSUING_UNITS, Map.of())) {
            String unit = Rows.str(r, "u");
            if (unit == null || depths.containsKey(unit)) {
                continue;
            }
            Set<String> above = above(unit, parentsOf);
            depths.put(unit, above.size());
            for (String up : above) {
                depths.computeIfAbsent(up, u -> above(u, parentsOf).size());
            }
        }
        depths.keySet().removeIf(u -> !withCommunes && !withChildren.contains(u));
        Map<String, String> labels = labels(depths.keySet());
        List<Area> list = new ArrayList<>();
        depths.forEach((iri, depth) -> list.add(new Area(iri, labels.getOrDefault(iri, iri), depth)));
        list.sort(Comparator.comparingInt(Area::depth).thenComparing(Area::label));
        return list;
    }

    /** Every unit above {@code unit} (its parents, theirs, …), whatever the paths; a cycle ends the walk. */
    private static Set<String> above(String unit, Map<String, Set<String>> parentsOf) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(parentsOf.getOrDefault(unit, Set.of()));
        while (!todo.isEmpty()) {
            String u = todo.pop();
            if (seen.add(u)) {
                todo.addAll(parentsOf.getOrDefault(u, Set.of()));
            }
        }
        return seen;
    }

    /** The Vietnamese labels of these units (the first in code-point order when there are several). */
    private Map<String, String> labels(Collection<String> units) {
        Map<String, String> labels = new HashMap<>();
        if (units.isEmpty()) {
            return labels;
        }
        List<Node> nodes = units.stream().map(NodeFactory::createURI).toList();
        for (Map<String, Node> r : Rows.select(store, Rows.withValues(LABELS, "u", nodes), Map.of())) {
            labels.merge(Rows.str(r, "u"), Rows.str(r, "label"), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        return labels;
    }

    /** Whether the store says anything about this IRI. */
    public boolean known(String iri) {
        return !Rows.select(store, ANY_STATEMENT, Map.of("s", NodeFactory.createURI(iri))).isEmpty();
    }

    /** Whether the IRI is an administrative unit of the store. */
    public boolean isUnit(String iri) {
        return !Rows.select(store, UNIT, Map.of("s", NodeFactory.createURI(iri))).isEmpty();
    }

    /** The Vietnamese name of a unit, or the IRI. */
    public String unitLabel(String iri) {
        List<Map<String, Node>> rows = Rows.select(store, UNIT, Map.of("s", NodeFactory.createURI(iri)));
        String label = rows.isEmpty() ? null : Rows.str(rows.get(0), "label");
        return label == null ? iri : label;
    }

    /** Refuses a directive the store knows nothing of. */
    public void requireDocument(String name, String iri) {
        if (!known(iri)) {
            throw new BadReportRequest("Không có văn bản nào với IRI " + iri + " (tham số '" + name + "')",
                    "No document has the IRI " + iri + " (parameter '" + name + "')");
        }
    }

    /** Refuses a unit the store does not have. */
    public void requireUnit(String name, String iri) {
        if (!isUnit(iri)) {
            throw new BadReportRequest("Không có đơn vị hành chính nào với IRI " + iri + " (tham số '" + name + "')",
                    "No administrative unit has the IRI " + iri + " (parameter '" + name + "')");
        }
    }
}
