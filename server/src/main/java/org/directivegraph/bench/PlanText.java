package org.directivegraph.bench;

import java.util.Map;

/**
 * A rendered plan: its text and where its parts are, as [start, end) offsets in code points (the texts are in the
 * Basic Multilingual Plane, so char offsets and code-point offsets agree). Keys: {@code issuer}, {@code number},
 * {@code date}, {@code title}, {@code section/N}, {@code task/N}, {@code citation/N} (N from 1, the implemented
 * document first), {@code responsibility/N}, {@code indicator/N}, {@code obligation/N}, {@code signature}.
 */
public record PlanText(String fileName, String text, Map<String, int[]> spans) {
    public PlanText {
        spans = Map.copyOf(spans);
    }
}
