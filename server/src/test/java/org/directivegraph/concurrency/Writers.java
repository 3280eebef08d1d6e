package org.directivegraph.concurrency;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The writers of a run. Each document belongs to one writer thread, so the order of the writes to a document is
 * fixed: its plan, made from a seeded random sequence, starts with an ingest of a version and goes on with
 * replacements by the other version, re-ingests of the same version and deletions. A writer works through its
 * documents in turn, one write each, until every plan is done.
 */
final class Writers {

    private final Http http;
    private final TestDocuments docs;
    private final Tally tally;
    private final Map<Integer, List<Version>> plans = new LinkedHashMap<>();
    private final ConcurrentLinkedQueue<Write> done = new ConcurrentLinkedQueue<>();

    /** Plans of {@code writesPerDocument} writes for each document, from {@code seed}. */
    Writers(Http http, TestDocuments docs, Tally tally, int writesPerDocument, long seed) {
        this.http = http;
        this.docs = docs;
        this.tally = tally;
        for (int number : docs.numbers()) {
            Random random = new Random(seed * 31 + number);
            List<Version> plan = new ArrayList<>();
            Version current = random.nextBoolean() ? Version.A : Version.B;
            plan.add(current);
            for (int i = 1; i < writesPerDocument; i++) {
                int pick = random.nextInt(10);
                if (current == null) {
                    current = random.nextBoolean() ? Version.A : Version.B;
                } else if (pick < 5) {
                    current = current == Version.A ? Version.B : Version.A;
                } else if (pick < 8) {
                    current = null;
                }
                plan.add(current);
            }
            plans.put(number, plan);
        }
    }

    /** The documents of writer {@code index} of {@code writers}. */
    List<Integer> documentsOf(int index, int writers) {
        List<Integer> mine = new ArrayList<>();
        List<Integer> numbers = docs.numbers();
        for (int i = index; i < numbers.size(); i += writers) {
            mine.add(numbers.get(i));
        }
        return mine;
    }

    /** Runs the plans of these documents, one write of each in turn. */
    void run(List<Integer> numbers) {
        int longest = numbers.stream().mapToInt(n -> plans.get(n).size()).max().orElse(0);
        for (int step = 0; step < longest; step++) {
            for (int number : numbers) {
                List<Version> plan = plans.get(number);
                if (step < plan.size()) {
                    write(number, plan.get(step));
                }
            }
        }
    }

    private void write(int number, Version version) {
        String kind = version == null ? "delete" : "ingest";
        long sent = System.nanoTime();
        Http.Answer a;
        try {
            a = version == null ? http.delete(docs.iri(number)) : http.ingest("kh-" + number + ".txt", version.text(number));
        } catch (IOException e) {
            tally.failure(kind, "no answer for " + number + ": " + e);
            return;
        }
        long answered = System.nanoTime();
        if (a.status() == 503 && a.body().toLowerCase(java.util.Locale.ROOT).contains("overload")) {
            tally.overloaded(kind);
            tally.failure(kind, "a write was refused for overload, so the plan of " + number + " could not go on");
            return;
        }
        if (a.status() / 100 != 2 || version != null && !a.body().matches("(?s).*\"stored\"\\s*:\\s*true.*")) {
            tally.failure(kind, "status " + a.status() + " for " + number + " " + version + ": " + Reads.head(a.body()));
            return;
        }
        tally.served(kind, answered - sent);
        done.add(new Write(number, version, sent, answered));
    }

    /** The writes done, in the order their answers came. */
    List<Write> done() {
        List<Write> writes = new ArrayList<>(done);
        writes.sort(Comparator.comparingLong(Write::answered));
        return writes;
    }

    /** The writes done to one document, in order. */
    List<Write> doneTo(int number) {
        return done().stream().filter(w -> w.number() == number).toList();
    }

    /** The state each document is left in by its plan. */
    Map<Integer, State> finalStates() {
        Map<Integer, State> out = new LinkedHashMap<>();
        plans.forEach((number, plan) -> out.put(number, State.of(plan.get(plan.size() - 1))));
        return out;
    }
}
