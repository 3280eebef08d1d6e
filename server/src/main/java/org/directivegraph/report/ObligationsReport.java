package org.directivegraph.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.directivegraph.search.Rows;
import org.directivegraph.store.GraphStore;

/**
 * The obligations of the ingested documents (reports to send, plans to submit …) with their deadline and
 * status, filtered by unit and period, as a table and as a calendar by month.
 *
 * <p>The deadline is the due date, else the last day of the month or year the obligation is due within
 * (as {@code queries/obligations-due.rq} computes it). Status: {@link Status#OVERDUE} when the deadline is
 * before today and nothing is recorded as fulfilling it; {@link Status#DUE_SOON} within
 * {@link Options#soonDays()} days; {@link Status#LATER}; {@link Status#RECURRING} for obligations with a
 * recurrence and no deadline; {@link Status#UNDATED} for those with neither; {@link Status#FULFILLED} when something is recorded as
 * fulfilling it.
 *
 * <pre>
 * ObligationsReport.Result r = new ObligationsReport(store).compute(ObligationsReport.Options.all(LocalDate.now())
 *         .withUnit(provinceIri).withPeriod(from, to));
 * r.items(); r.byMonth(); r.table();
 * </pre>
 */
public final class ObligationsReport {

    private static final String QUERY = """
            SELECT ?document ?o ?action ?bearer ?bearerText ?bearerLabel ?addressee ?addresseeText ?addresseeLabel
                   ?due ?period ?recurrence ?recurrenceLabel ?exact ?fulfilled ?docUnit ?bearerUnit
            WHERE {
              ?document dg:obligation ?o .
              OPTIONAL { ?o dg:action ?action }
              OPTIONAL { ?o dg:bearer ?bearer
                         OPTIONAL { ?bearer skos:prefLabel ?bearerLabel FILTER(LANG(?bearerLabel) = "vi") }
                         OPTIONAL { ?bearer dg:unit ?bearerUnit } }
              OPTIONAL { ?o dg:bearerText ?bearerText }
              OPTIONAL { ?o dg:addressee ?addressee
                         OPTIONAL { ?addressee skos:prefLabel ?addresseeLabel FILTER(LANG(?addresseeLabel) = "vi") } }
              OPTIONAL { ?o dg:addresseeText ?addresseeText }
              OPTIONAL { ?o dg:dueDate ?due }
              OPTIONAL { ?o dg:duePeriod ?period }
              OPTIONAL { ?o dg:recurrence ?recurrence
                         OPTIONAL { ?recurrence skos:prefLabel ?recurrenceLabel FILTER(LANG(?recurrenceLabel) = "vi") } }
              OPTIONAL { ?o dg:evidence ?span . ?span dg:exactText ?exact FILTER NOT EXISTS { ?span dg:supportsProperty ?p } }
              OPTIONAL { ?o dg:fulfilledBy ?fulfilled }
              OPTIONAL { ?document dg:issuingUnit ?docUnit }
            }
            """;

    private static final String UNITS_UNDER = "SELECT ?u WHERE { ?u dg:parentUnit* ?area }";

    /** How an obligation stands on the reference date. */
    public enum Status {
        /** The deadline has passed and nothing fulfils it. */
        OVERDUE,
        /** The deadline is within the next {@link Options#soonDays()} days. */
        DUE_SOON,
        /** The deadline is later. */
        LATER,
        /** No deadline, but a recurrence (yearly, six-monthly …). */
        RECURRING,
        /** Neither deadline nor recurrence. */
        UNDATED,
        /** Something is recorded as fulfilling it ({@code dg:fulfilledBy}). */
        FULFILLED
    }

    /**
     * What to list.
     *
     * @param today            the reference date for the status
     * @param soonDays         how many days ahead count as due soon
     * @param unit             only obligations borne by a body of this unit or a unit under it, or in a document
     *                         issued in it or under it; {@code null} for all
     * @param from             only deadlines on or after this date; {@code null} for no bound
     * @param to               only deadlines on or before this date; {@code null} for no bound
     * @param includeRecurring whether to list recurring obligations without a deadline
     * @param includeUndated   whether to list obligations with neither deadline nor recurrence
     */
    public record Options(LocalDate today, int soonDays, String unit, LocalDate from, LocalDate to,
                          boolean includeRecurring, boolean includeUndated) {

        public Options {
            Objects.requireNonNull(today, "today");
            if (from != null && to != null && to.isBefore(from)) {
                throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
            }
        }

        /** Everything, judged on {@code today}, 30 days counting as soon. */
        public static Options all(LocalDate today) {
            return new Options(today, 30, null, null, null, true, true);
        }

        /** Only obligations of this unit (IRI) or under it. */
        public Options withUnit(String unitIri) {
            return new Options(today, soonDays, unitIri, from, to, includeRecurring, includeUndated);
        }

        /** Only deadlines in this period (either bound may be {@code null}); recurring and undated ones are left out. */
        public Options withPeriod(LocalDate start, LocalDate end) {
            return new Options(today, soonDays, unit, start, end, false, false);
        }
    }

    /**
     * One obligation.
     *
     * @param iri         the obligation
     * @param document    the document that states it
     * @param bearer      the body that bears it, or {@code null}; {@code bearerName} is its name or the text as written
     * @param addressee   the body it is owed to (reports go to), or {@code null}; {@code addresseeName} likewise
     * @param action      what is to be done, as written
     * @param deadline    the deadline, or {@code null}
     * @param dueAsStated the due date or period as stated ({@code 2023-04-10}, {@code 2023-06}, {@code 2023}), or empty
     * @param recurrence  recurrence labels (e.g. "Hằng năm"), possibly empty
     * @param evidence    the text span it was read from, or empty
     * @param status      its status
     */
    public record Item(String iri, DocumentSummary document, String bearer, String bearerName, String addressee,
                       String addresseeName, String action, LocalDate deadline, String dueAsStated,
                       List<String> recurrence, String evidence, Status status) {
    }

    /** The obligations listed, by deadline (undated last), then IRI. */
    public record Result(Options options, List<Item> items) {

        /** The dated obligations by month of their deadline, in month order. */
        public Map<YearMonth, List<Item>> byMonth() {
            Map<YearMonth, List<Item>> months = new TreeMap<>();
            items.stream().filter(i -> i.deadline() != null)
                    .forEach(i -> months.computeIfAbsent(YearMonth.from(i.deadline()), m -> new ArrayList<>()).add(i));
            return months;
        }

        /** The obligations by bearer name, in name order. */
        public Map<String, List<Item>> byBearer() {
            Map<String, List<Item>> bearers = new TreeMap<>();
            items.forEach(i -> bearers.computeIfAbsent(i.bearerName(), b -> new ArrayList<>()).add(i));
            return bearers;
        }

        /** How many of each status. */
        public Map<Status, Long> countByStatus() {
            Map<Status, Long> counts = new LinkedHashMap<>();
            for (Status s : Status.values()) {
                counts.put(s, items.stream().filter(i -> i.status() == s).count());
            }
            return counts;
        }

        /** The table: status, deadline, as stated, recurrence, bearer, addressee, action, document, evidence. */
        public Table table() {
            return new Table("Obligations", List.of("status", "deadline", "due as stated", "recurrence", "bearer",
                    "addressee", "action", "document", "number", "obligation", "evidence"),
                    items.stream().map(i -> List.of(i.status().name().toLowerCase().replace('_', ' '),
                            i.deadline() == null ? "" : i.deadline().toString(), i.dueAsStated(),
                            String.join(", ", i.recurrence()), i.bearerName(), i.addresseeName(), i.action(),
                            i.document().iri(), i.document().number(), i.iri(), i.evidence())).toList());
        }
    }

    private final GraphStore store;

    /** Obligations over this store. */
    public ObligationsReport(GraphStore store) {
        this.store = store;
    }

    /** The obligations the options select. */
    public Result compute(Options options) {
        Set<String> units = options.unit() == null ? null : unitsUnder(options.unit());
        Map<String, List<Map<String, Node>>> byObligation = new LinkedHashMap<>();
        for (Map<String, Node> row : Rows.select(store, QUERY, Map.of())) {
            byObligation.computeIfAbsent(Rows.str(row, "o"), k -> new ArrayList<>()).add(row);
        }
        Set<String> documents = new TreeSet<>();
        byObligation.values().forEach(rows -> documents.add(Rows.str(rows.get(0), "document")));
        Map<String, DocumentSummary> summaries = DocumentSummaries.of(store, documents);
        List<Item> items = new ArrayList<>();
        byObligation.forEach((iri, rows) -> {
            if (units != null && values(rows, "bearerUnit").stream().noneMatch(units::contains)
                    && values(rows, "docUnit").stream().noneMatch(units::contains)) {
                return;
            }
            Item item = item(iri, rows, summaries, options);
            boolean dated = item.deadline() != null;
            if (dated && ((options.from() != null && item.deadline().isBefore(options.from()))
                    || (options.to() != null && item.deadline().isAfter(options.to())))) {
                return;
            }
            if ((item.status() == Status.RECURRING && !options.includeRecurring())
                    || (item.status() == Status.UNDATED && !options.includeUndated())) {
                return;
            }
            items.add(item);
        });
        items.sort(Comparator.comparing(Item::deadline, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Item::iri));
        return new Result(options, List.copyOf(items));
    }

    private Set<String> unitsUnder(String unitIri) {
        Set<String> units = new HashSet<>();
        Rows.select(store, UNITS_UNDER, Map.of("area", NodeFactory.createURI(unitIri)))
                .forEach(r -> units.add(Rows.str(r, "u")));
        units.add(unitIri);
        return units;
    }

    private static Item item(String iri, List<Map<String, Node>> rows, Map<String, DocumentSummary> summaries, Options o) {
        String due = first(rows, "due");
        String period = first(rows, "period");
        LocalDate deadline = deadline(due, period);
        List<String> recurrence = values(rows, "recurrence").stream()
                .map(r -> rows.stream().filter(x -> r.equals(Rows.str(x, "recurrence")))
                        .map(x -> Rows.str(x, "recurrenceLabel")).filter(Objects::nonNull).findFirst()
                        .orElse(r.substring(r.lastIndexOf('/') + 1)))
                .toList();
        Status status;
        if (first(rows, "fulfilled") != null) {
            status = Status.FULFILLED;
        } else if (deadline == null) {
            status = recurrence.isEmpty() ? Status.UNDATED : Status.RECURRING;
        } else if (deadline.isBefore(o.today())) {
            status = Status.OVERDUE;
        } else if (!deadline.isAfter(o.today().plusDays(o.soonDays()))) {
            status = Status.DUE_SOON;
        } else {
            status = Status.LATER;
        }
        String bearer = first(rows, "bearer");
        String addressee = first(rows, "addressee");
        return new Item(iri, summaries.get(first(rows, "document")), bearer,
                name(first(rows, "bearerLabel"), first(rows, "bearerText")), addressee,
                name(first(rows, "addresseeLabel"), first(rows, "addresseeText")), Texts.oneLine(first(rows, "action")), deadline,
                due != null ? due : nz(period), recurrence, Texts.oneLine(first(rows, "exact")), status);
    }

    /** The deadline of a due date or a due period (a month or year: its last day); {@code null} if neither. */
    static LocalDate deadline(String dueDate, String duePeriod) {
        try {
            if (dueDate != null) {
                return LocalDate.parse(dueDate);
            }
            if (duePeriod != null && duePeriod.matches("\\d{4}-\\d{2}")) {
                return YearMonth.parse(duePeriod).atEndOfMonth();
            }
            if (duePeriod != null && duePeriod.matches("\\d{4}")) {
                return LocalDate.of(Integer.parseInt(duePeriod), 12, 31);
            }
        } catch (DateTimeParseException e) {
            return null;
        }
        return null;
    }

    private static String name(String label, String text) {
        return label != null ? label : nz(text);
    }

    private static String first(List<Map<String, Node>> rows, String var) {
        return rows.stream().map(r -> Rows.str(r, var)).filter(Objects::nonNull).sorted().findFirst().orElse(null);
    }

    private static List<String> values(List<Map<String, Node>> rows, String var) {
        return rows.stream().map(r -> Rows.str(r, var)).filter(Objects::nonNull).distinct().sorted().toList();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
