package org.directivegraph.evaluate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Precision and recall of one kind of fact: the expected and found keys matched as multisets, with every
 * miss (expected, not found) and every extra (found, not expected) listed.
 */
public record Score(int expected, int found, int matched, List<String> misses, List<String> extras) {

    /** Matches two multisets of keys. */
    public static Score of(List<String> expectedKeys, List<String> foundKeys) {
        Map<String, Integer> left = new HashMap<>();
        expectedKeys.forEach(k -> left.merge(k, 1, Integer::sum));
        List<String> extras = new ArrayList<>();
        int matched = 0;
        for (String k : foundKeys) {
            Integer n = left.get(k);
            if (n != null && n > 0) {
                left.put(k, n - 1);
                matched++;
            } else {
                extras.add(k);
            }
        }
        List<String> misses = new ArrayList<>();
        left.forEach((k, n) -> {
            for (int i = 0; i < n; i++) {
                misses.add(k);
            }
        });
        misses.sort(null);
        extras.sort(null);
        return new Score(expectedKeys.size(), foundKeys.size(), matched, List.copyOf(misses), List.copyOf(extras));
    }

    /** The sum of two scores. */
    public Score plus(Score other) {
        List<String> m = new ArrayList<>(misses);
        m.addAll(other.misses);
        List<String> e = new ArrayList<>(extras);
        e.addAll(other.extras);
        return new Score(expected + other.expected, found + other.found, matched + other.matched, m, e);
    }

    /** matched / found (1 when nothing was found and nothing expected). */
    public double precision() {
        return found == 0 ? (expected == 0 ? 1 : 0) : (double) matched / found;
    }

    /** matched / expected (1 when nothing was expected). */
    public double recall() {
        return expected == 0 ? 1 : (double) matched / expected;
    }
}
