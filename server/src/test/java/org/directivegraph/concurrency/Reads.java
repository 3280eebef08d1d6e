package org.directivegraph.concurrency;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.directivegraph.store.GraphNames;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reads of a run, each a real request checked against the two versions of the documents: SPARQL (triples per
 * document graph; title and task count per document), saved queries (coverage of Chỉ thị 33, trace down from
 * Kiến An's plan 41), the document page, its Turtle and JSON-LD, the trace page, the coverage page and its CSV,
 * and the search page. A read that matches no single version of a document is recorded as torn; each document it
 * saw is recorded as an {@link Observation} to be checked against the history of the writes.
 */
final class Reads {

    /** The kinds of read, as counted. */
    static final List<String> KINDS = List.of("sparql-graphs", "sparql-tasks", "saved-coverage", "saved-trace-down",
            "page-document", "turtle", "json-ld", "page-trace", "page-coverage", "csv-coverage", "page-search");

    /** The kinds of read about one document (the others see every document at once). */
    static final Set<String> ONE_DOCUMENT = Set.of("page-document", "turtle", "json-ld", "page-trace", "page-search");

    static final String KH_41 = GraphNames.BASE + "id/doc/307/ubnd/2024/kh-41";

    private final Http http;
    private final TestDocuments docs;
    private final Tally tally;
    private final PageChecks pages;
    private final JsonMapper json = JsonMapper.builder().build();

    Reads(Http http, TestDocuments docs, Tally tally) {
        this.http = http;
        this.docs = docs;
        this.tally = tally;
        this.pages = new PageChecks(docs);
    }

    /** One read of a random kind about a random document (or all of them). */
    void once(Random random) {
        String kind = KINDS.get(random.nextInt(KINDS.size()));
        int number = docs.numbers().get(random.nextInt(docs.numbers().size()));
        String iri = docs.iri(number);
        try {
            read(kind, number, iri, PageChecks.path(iri));
        } catch (RuntimeException e) {
            tally.failure(kind, "the answer about " + number + " could not be read: " + e);
        }
    }

    /** Every kind of read once: those about one document for each document, those about all of them once. */
    void everyKind() {
        for (String kind : KINDS) {
            List<Integer> numbers = ONE_DOCUMENT.contains(kind) ? docs.numbers() : docs.numbers().subList(0, 1);
            for (int number : numbers) {
                try {
                    read(kind, number, docs.iri(number), PageChecks.path(docs.iri(number)));
                } catch (RuntimeException e) {
                    tally.failure(kind, "the answer about " + number + " could not be read: " + e);
                }
            }
        }
    }

    private void read(String kind, int number, String iri, String path) {
        switch (kind) {
            case "sparql-graphs" -> all(kind, () -> http.sparql(Queries.triplesPerGraph(docs)), this::graphs);
            case "sparql-tasks" -> all(kind, () -> http.sparql(Queries.titleAndTasks(docs)), this::titlesAndTasks);
            case "saved-coverage" -> all(kind, () -> http.get("/queries/coverage?format=json&directive="
                    + Http.param(TestDocuments.CT_33), null), this::savedCoverage);
            case "saved-trace-down" -> all(kind, () -> http.get("/queries/trace-down?format=json&directive="
                    + Http.param(KH_41), null), this::savedTraceDown);
            case "page-document" -> one(kind, number, () -> http.get(path, "text/html"), pages::documentPage);
            case "turtle" -> one(kind, number, () -> http.get(path, "text/turtle"), pages::turtle);
            case "json-ld" -> one(kind, number, () -> http.get(path, "application/ld+json"), pages::jsonLd);
            case "page-trace" -> one(kind, number, () -> http.get("/trace?document=" + Http.param(iri), "text/html"), pages::tracePage);
            case "page-coverage" -> all(kind, () -> http.get("/coverage?directive=" + Http.param(TestDocuments.CT_33), "text/html"),
                    pages::coveragePage);
            case "csv-coverage" -> all(kind, () -> http.get("/coverage.csv?directive=" + Http.param(TestDocuments.CT_33), null),
                    pages::coverageCsv);
            case "page-search" -> all(kind, () -> http.get("/search?q=" + Http.param(number + "/KH-UBND"), "text/html"),
                    body -> pages.searchPage(body, number));
            default -> throw new IllegalStateException(kind);
        }
    }

    private interface Request {
        Http.Answer send() throws IOException;
    }

    /** A read about one document: 404 means absent; else the check says which states agree (empty: torn). */
    private void one(String kind, int number, Request request, BiFunction<Integer, String, Set<State>> check) {
        long sent = System.nanoTime();
        Http.Answer a = answer(kind, request);
        long answered = System.nanoTime();
        if (a == null) {
            return;
        }
        if (a.status() == 404) {
            tally.observed(new Observation(kind, number, EnumSet.of(State.ABSENT), sent, answered));
            return;
        }
        if (a.status() != 200) {
            tally.failure(kind, "status " + a.status() + " for " + docs.iri(number) + ": " + head(a.body()));
            return;
        }
        record(kind, number, check.apply(number, a.body()), sent, answered, a.body());
    }

    /** A read about every document at once: the check gives the agreeing states of each. */
    private void all(String kind, Request request, Function<String, Map<Integer, Set<State>>> check) {
        long sent = System.nanoTime();
        Http.Answer a = answer(kind, request);
        long answered = System.nanoTime();
        if (a == null) {
            return;
        }
        if (a.status() != 200) {
            tally.failure(kind, "status " + a.status() + ": " + head(a.body()));
            return;
        }
        check.apply(a.body()).forEach((number, states) -> record(kind, number, states, sent, answered, a.body()));
    }

    private void record(String kind, int number, Set<State> states, long sent, long answered, String body) {
        if (states.isEmpty()) {
            tally.torn(kind, docs.iri(number) + " matches no version: " + around(body, docs.iri(number)));
        } else {
            tally.observed(new Observation(kind, number, states, sent, answered));
        }
    }

    /** Sends; counts it as served or overloaded; null (a failure recorded) when there was no usable answer. */
    private Http.Answer answer(String kind, Request request) {
        Http.Answer a;
        long sent = System.nanoTime();
        try {
            a = request.send();
        } catch (IOException e) {
            tally.failure(kind, "no answer: " + e);
            return null;
        }
        if (a.status() == 503 && a.body().toLowerCase(java.util.Locale.ROOT).contains("overload")) {
            tally.overloaded(kind);
            return null;
        }
        if (a.status() >= 500) {
            tally.failure(kind, "status " + a.status() + ": " + head(a.body()));
            return null;
        }
        tally.served(kind, System.nanoTime() - sent);
        return a;
    }

    /** The part of {@code body} about {@code iri}: from its first mention (IRI or path) on. */
    static String around(String body, String iri) {
        int at = body.indexOf(iri);
        if (at < 0) {
            at = body.indexOf(PageChecks.path(iri));
        }
        return head(at < 0 ? body : body.substring(Math.max(0, at - 200)));
    }

    static String head(String body) {
        String b = body.replaceAll("\\s+", " ");
        return b.length() > 1500 ? b.substring(0, 1500) + "…" : b;
    }

    private List<Map<String, String>> bindings(String body) {
        JsonNode root = json.readTree(body);
        List<Map<String, String>> rows = new ArrayList<>();
        for (JsonNode b : root.path("results").path("bindings")) {
            Map<String, String> row = new HashMap<>();
            b.properties().forEach(e -> row.put(e.getKey(), e.getValue().path("value").asString()));
            rows.add(row);
        }
        return rows;
    }

    private Map<Integer, Set<State>> graphs(String body) {
        Map<String, Long> triples = new HashMap<>();
        bindings(body).forEach(r -> triples.put(r.get("g"), Long.parseLong(r.get("n"))));
        Map<Integer, Set<State>> out = new HashMap<>();
        for (int number : docs.numbers()) {
            Long n = triples.get(GraphNames.ofDocument(docs.iri(number)));
            Set<State> states = EnumSet.noneOf(State.class);
            if (n == null) {
                states.add(State.ABSENT);
            }
            for (Version v : Version.values()) {
                if (n != null && n == docs.expected(number, v).triples()) {
                    states.add(State.of(v));
                }
            }
            out.put(number, states);
        }
        return out;
    }

    private Map<Integer, Set<State>> titlesAndTasks(String body) {
        Map<String, List<Map<String, String>>> rowsOf = new HashMap<>();
        bindings(body).forEach(r -> rowsOf.computeIfAbsent(r.get("d"), k -> new ArrayList<>()).add(r));
        Map<Integer, Set<State>> out = new HashMap<>();
        for (int number : docs.numbers()) {
            List<Map<String, String>> rows = rowsOf.getOrDefault(docs.iri(number), List.of());
            Set<State> states = EnumSet.noneOf(State.class);
            if (rows.isEmpty()) {
                states.add(State.ABSENT);
            } else if (rows.size() == 1) {
                for (Version v : Version.values()) {
                    Expected e = docs.expected(number, v);
                    if (e.title().equals(rows.get(0).get("title")) && e.tasks().size() == Integer.parseInt(rows.get(0).get("tasks"))) {
                        states.add(State.of(v));
                    }
                }
            }
            out.put(number, states);
        }
        return out;
    }

    private Map<Integer, Set<State>> savedCoverage(String body) {
        Map<String, Set<String>> covered = new HashMap<>();
        for (Map<String, String> r : bindings(body)) {
            Set<String> themes = covered.computeIfAbsent(r.get("plan"), k -> new java.util.TreeSet<>());
            if ("true".equals(r.get("covered"))) {
                themes.add(r.get("theme"));
            }
        }
        Map<Integer, Set<State>> out = new HashMap<>();
        for (int number : docs.numbers()) {
            Set<String> seen = covered.get(docs.iri(number));
            Set<State> states = EnumSet.noneOf(State.class);
            if (seen == null) {
                states.add(State.ABSENT);
            }
            for (Version v : Version.values()) {
                if (seen != null && seen.equals(docs.coveredThemes(docs.expected(number, v)))) {
                    states.add(State.of(v));
                }
            }
            out.put(number, states);
        }
        return out;
    }

    private Map<Integer, Set<State>> savedTraceDown(String body) {
        Set<String> listed = new java.util.HashSet<>();
        for (Map<String, String> r : bindings(body)) {
            r.values().forEach(listed::add);
        }
        Map<Integer, Set<State>> out = new HashMap<>();
        for (int number : docs.numbers()) {
            Set<State> states = EnumSet.noneOf(State.class);
            boolean shown = listed.contains(docs.iri(number));
            states.add(State.ABSENT);
            for (Version v : Version.values()) {
                states.add(State.of(v));
            }
            // a version is possible only when the listing agrees with whether it implements plan 41
            for (Version v : Version.values()) {
                if (docs.expected(number, v).implemented().contains(KH_41) != shown) {
                    states.remove(State.of(v));
                }
            }
            if (shown) {
                states.remove(State.ABSENT);
            }
            out.put(number, states);
        }
        return out;
    }
}
