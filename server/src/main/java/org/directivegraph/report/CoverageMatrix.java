package org.directivegraph.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.directivegraph.query.QueryRunner;
import org.directivegraph.query.SavedQueries;
import org.directivegraph.query.SavedQuery;
import org.directivegraph.search.Rows;
import org.directivegraph.store.GraphStore;

/**
 * How far the plans implementing a directive cover it: rows are the plans that implement it (directly or
 * through other documents, and whose tasks are known), columns the directive's themes, or its tasks when it
 * has no themes; a cell is covered when one of the plan's tasks has that theme (or is aligned to that
 * task). With an area (a province or district), only plans issued in it or under it, and the units directly
 * under it that have no implementing document at all are listed as gaps. Themes use {@code queries/coverage.rq},
 * gaps {@code queries/gaps.rq}.
 *
 * <pre>
 * CoverageMatrix.Result m = new CoverageMatrix(store).compute(directiveIri, areaIriOrNull);
 * m.columns(); m.rows(); m.columnTotals(); m.total(); m.gaps(); m.table();
 * </pre>
 */
public final class CoverageMatrix {

    private static final String THEMES = """
            SELECT ?column ?label WHERE { ?directive dg:theme ?column .
              OPTIONAL { ?column skos:prefLabel ?label FILTER(LANG(?label) = "vi") } }
            """;

    private static final String TASKS = """
            SELECT ?column ?label ?position WHERE { ?directive dg:task ?column .
              OPTIONAL { ?column dg:title ?label } OPTIONAL { ?column dg:position ?position } }
            """;

    private static final String TASK_COVERAGE = """
            SELECT ?plan ?column ?covered WHERE {
              ?plan dg:implements+ ?directive .
              ?plan a dg:Plan .
              ?directive dg:task ?column .
              FILTER EXISTS { ?plan dg:task ?anyTask }
              FILTER (!BOUND(?area) || EXISTS { ?plan dg:issuingUnit ?u . ?u dg:parentUnit* ?area })
              BIND (EXISTS { ?plan dg:task ?task . { ?task dg:alignedTo ?column } UNION { ?task dg:taskAlignment/dg:upstreamTask ?column } } AS ?covered)
            }
            """;

    /** What the columns are. */
    public enum Basis {
        /** The directive's themes. */
        THEMES,
        /** The directive's tasks (it has no themes). */
        TASKS
    }

    /** A column: a theme or a task of the directive. */
    public record Column(String iri, String label) {
    }

    /** A row: a plan, whether it covers each column (in column order), and how many it covers. */
    public record Row(DocumentSummary plan, List<Boolean> cells, int covered) {
    }

    /** A unit under the area with no document implementing the directive. */
    public record Gap(String unit, String code, String name) {
    }

    /**
     * The matrix.
     *
     * @param directive    the directive
     * @param area         the area IRI, or {@code null} for every plan
     * @param basis        whether columns are themes or tasks
     * @param columns      the columns
     * @param rows         one per plan, in plan IRI order
     * @param columnTotals for each column, how many plans cover it
     * @param total        how many cells are covered
     * @param gaps         units directly under the area with no implementing document (empty without an area)
     */
    public record Result(DocumentSummary directive, String area, Basis basis, List<Column> columns, List<Row> rows,
                         List<Integer> columnTotals, int total, List<Gap> gaps) {

        /** The matrix as a table: plan, number, unit, one column per theme or task ("x" when covered), total. */
        public Table table() {
            List<String> header = new ArrayList<>(List.of("plan", "number", "title", "unit"));
            columns.forEach(c -> header.add(c.label()));
            header.add("total");
            List<List<String>> out = new ArrayList<>();
            for (Row row : rows) {
                List<String> cells = new ArrayList<>(List.of(row.plan().iri(), row.plan().number(), row.plan().title(),
                        row.plan().unitLabel()));
                row.cells().forEach(c -> cells.add(c ? "x" : ""));
                cells.add(Integer.toString(row.covered()));
                out.add(cells);
            }
            List<String> totals = new ArrayList<>(List.of("total", "", "", ""));
            columnTotals.forEach(t -> totals.add(Integer.toString(t)));
            totals.add(Integer.toString(total));
            out.add(totals);
            return new Table("Coverage", header, out);
        }

        /** The gaps as a table: unit, code, name. */
        public Table gapsTable() {
            return new Table("Gaps", List.of("unit", "code", "name"),
                    gaps.stream().map(g -> List.of(g.unit(), g.code(), g.name())).toList());
        }
    }

    private final GraphStore store;
    private final SavedQueries queries;

    /** Coverage over this store, with the packaged saved queries. */
    public CoverageMatrix(GraphStore store) {
        this(store, SavedQueries.packaged());
    }

    /** Coverage over this store with these saved queries (they must include coverage and gaps). */
    public CoverageMatrix(GraphStore store, SavedQueries queries) {
        this.store = store;
        this.queries = queries;
    }

    /**
     * The matrix of a directive, optionally within an area.
     *
     * @param directiveIri the directive (absolute IRI)
     * @param areaIri      a province or district unit IRI, or {@code null}
     * @throws IllegalArgumentException if an IRI is not an absolute IRI
     */
    public Result compute(String directiveIri, String areaIri) {
        // the plans, their cells and their summaries from one state of the store: a plan replaced or deleted
        // meanwhile shows as it was, never with one version's title and another's cells
        return store.snapshot(() -> computeNow(directiveIri, areaIri));
    }

    private Result computeNow(String directiveIri, String areaIri) {
        Map<String, String> params = new HashMap<>();
        params.put("directive", directiveIri);
        if (areaIri != null && !areaIri.isBlank()) {
            params.put("area", areaIri);
        }
        SavedQuery coverage = queries.find("coverage").orElseThrow();
        Map<String, Node> bound = QueryRunner.bind(coverage, params);
        List<Column> columns = columns(THEMES, bound.get("directive"));
        Basis basis = Basis.THEMES;
        List<Map<String, Node>> cells;
        if (!columns.isEmpty()) {
            cells = Rows.select(store, coverage.query(), bound);
            cells.forEach(r -> r.put("column", r.get("theme")));
        } else {
            basis = Basis.TASKS;
            columns = columns(TASKS, bound.get("directive"));
            cells = Rows.select(store, TASK_COVERAGE, bound);
        }
        Map<String, Set<String>> coveredByPlan = new LinkedHashMap<>();
        Set<String> plans = new LinkedHashSet<>();
        for (Map<String, Node> r : cells) {
            String plan = Rows.str(r, "plan");
            plans.add(plan);
            if (r.get("covered") != null && "true".equals(Rows.str(r, "covered"))) {
                coveredByPlan.computeIfAbsent(plan, p -> new HashSet<>()).add(Rows.str(r, "column"));
            }
        }
        List<String> sortedPlans = plans.stream().sorted().toList();
        Map<String, DocumentSummary> summaries = DocumentSummaries.of(store, sortedPlans);
        List<Row> rows = new ArrayList<>();
        int[] columnTotals = new int[columns.size()];
        int total = 0;
        for (String plan : sortedPlans) {
            Set<String> covered = coveredByPlan.getOrDefault(plan, Set.of());
            List<Boolean> row = new ArrayList<>();
            int n = 0;
            for (int c = 0; c < columns.size(); c++) {
                boolean yes = covered.contains(columns.get(c).iri());
                row.add(yes);
                if (yes) {
                    n++;
                    columnTotals[c]++;
                }
            }
            total += n;
            rows.add(new Row(summaries.get(plan), List.copyOf(row), n));
        }
        List<Gap> gaps = bound.containsKey("area") ? gaps(directiveIri, areaIri) : List.of();
        return new Result(DocumentSummaries.of(store, directiveIri), bound.containsKey("area") ? areaIri : null, basis,
                columns, rows, java.util.Arrays.stream(columnTotals).boxed().toList(), total, gaps);
    }

    private List<Column> columns(String query, Node directive) {
        Map<String, Column> columns = new LinkedHashMap<>();
        List<Map<String, Node>> rows = Rows.select(store, query, Map.of("directive", directive));
        rows.sort((a, b) -> order(a).compareTo(order(b)));
        for (Map<String, Node> r : rows) {
            String iri = Rows.str(r, "column");
            String label = Rows.str(r, "label");
            columns.merge(iri, new Column(iri, label == null ? iri : label),
                    (x, y) -> x.label().compareTo(y.label()) <= 0 ? x : y);
        }
        return List.copyOf(columns.values());
    }

    private static String order(Map<String, Node> row) {
        String position = Rows.str(row, "position");
        return (position == null ? "" : String.format("%08d", Long.parseLong(position))) + " " + Rows.str(row, "column");
    }

    private List<Gap> gaps(String directiveIri, String areaIri) {
        SavedQuery gaps = queries.find("gaps").orElseThrow();
        var rs = new QueryRunner(store).select(gaps, Map.of("directive", directiveIri, "area", areaIri));
        List<Gap> list = new ArrayList<>();
        rs.forEachRemaining(s -> list.add(new Gap(s.getResource("unit").getURI(), s.getLiteral("code").getString(),
                s.getLiteral("name").getString())));
        return list;
    }
}
