package org.directivegraph.extract.citation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of multi-word phrases, each with a value, matched on consecutive word tokens (line breaks between
 * the words allowed, punctuation not), case-insensitively on the words' keys, longest phrase first.
 *
 * @param <V> the value attached to a phrase
 */
final class PhraseLexicon<V> {

    /** A phrase found at a token: its value and how many tokens it covers. */
    record Match<V>(V value, int length) {
    }

    private record Entry<V>(String[] words, V value) {
    }

    private final Map<String, List<Entry<V>>> byFirstWord = new HashMap<>();

    /** Adds a phrase, written with spaces between its words. */
    PhraseLexicon<V> add(String phrase, V value) {
        String[] words = phrase.trim().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            words[i] = VietnameseText.key(words[i]);
        }
        List<Entry<V>> list = byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>());
        list.add(new Entry<>(words, value));
        list.sort(Comparator.comparingInt((Entry<V> e) -> e.words().length).reversed());
        return this;
    }

    /** The longest phrase starting at token {@code i}, or null. */
    Match<V> match(TokenizedText t, int i) {
        Token first = t.get(i);
        if (!first.isWord()) {
            return null;
        }
        List<Entry<V>> candidates = byFirstWord.get(first.key());
        if (candidates == null) {
            return null;
        }
        for (Entry<V> e : candidates) {
            boolean ok = true;
            for (int w = 1; w < e.words().length && ok; w++) {
                ok = t.get(i + w).is(e.words()[w]);
            }
            if (ok) {
                return new Match<>(e.value(), e.words().length);
            }
        }
        return null;
    }
}
