package org.directivegraph.concurrency;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The counts of a run, thread-safe: requests served by kind (and the slowest answer of each), answers refused for overload, and the problems
 * found (failed requests, torn reads), each with what was asked and answered.
 */
final class Tally {

    private final Map<String, AtomicLong> served = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> slowest = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> overloaded = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> torn = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Observation> observations = new ConcurrentLinkedQueue<>();

    void served(String kind, long nanos) {
        served.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
        slowest.computeIfAbsent(kind, k -> new AtomicLong()).accumulateAndGet(nanos / 1_000_000, Math::max);
    }

    void overloaded(String kind) {
        overloaded.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
    }

    void failure(String kind, String what) {
        failures.add(kind + ": " + what);
    }

    void torn(String kind, String what) {
        torn.add(kind + ": " + what);
    }

    void observed(Observation o) {
        observations.add(o);
    }

    Map<String, Long> served() {
        Map<String, Long> out = new TreeMap<>();
        served.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    /** The slowest answer of each kind, in milliseconds. */
    Map<String, Long> slowest() {
        Map<String, Long> out = new TreeMap<>();
        slowest.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    Map<String, Long> overloaded() {
        Map<String, Long> out = new TreeMap<>();
        overloaded.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    long total() {
        return served.values().stream().mapToLong(AtomicLong::get).sum();
    }

    List<String> failures() {
        return Collections.unmodifiableList(new ArrayList<>(failures));
    }

    List<String> torn() {
        return Collections.unmodifiableList(new ArrayList<>(torn));
    }

    List<Observation> observations() {
        return List.copyOf(observations);
    }
}
