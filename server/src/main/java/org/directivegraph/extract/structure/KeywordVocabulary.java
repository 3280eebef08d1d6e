package org.directivegraph.extract.structure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.directivegraph.store.PackagedData;
import org.directivegraph.vocab.DG;

/**
 * The {@code dg:keyword}s of the concepts of one SKOS scheme of {@code ontology/vocab/}, used to classify
 * a short text (a section heading, a recipient's note) by the concept whose keyword it contains. Code
 * lists are data: the keywords are read from the packaged vocabulary file, not written here.
 */
public final class KeywordVocabulary {

    private static final Map<String, KeywordVocabulary> PACKAGED = new ConcurrentHashMap<>();

    /** Keyword keys ({@link VietText#key}) by concept code, in a stable order. */
    private final Map<String, List<String>> keywordsByCode;

    /** A vocabulary with the given keywords by concept code. */
    public KeywordVocabulary(Map<String, List<String>> keywordsByCode) {
        Map<String, List<String>> keyed = new LinkedHashMap<>();
        keywordsByCode.forEach((code, words) -> keyed.put(code, words.stream().map(VietText::key).toList()));
        this.keywordsByCode = keyed;
    }

    /** The packaged scheme {@code ontology/vocab/{scheme}.ttl} (read once). */
    public static KeywordVocabulary packaged(String scheme) {
        return PACKAGED.computeIfAbsent(scheme, KeywordVocabulary::load);
    }

    private static KeywordVocabulary load(String scheme) {
        Graph graph = PackagedData.graph("ontology/vocab/" + scheme + ".ttl");
        Map<String, List<String>> words = new java.util.TreeMap<>();
        for (Triple t : graph.find(Node.ANY, DG.keyword.asNode(), Node.ANY).toList()) {
            if (t.getSubject().isURI() && t.getObject().isLiteral()) {
                String iri = t.getSubject().getURI();
                words.computeIfAbsent(iri.substring(iri.lastIndexOf('/') + 1), k -> new ArrayList<>())
                        .add(t.getObject().getLiteralLexicalForm());
            }
        }
        if (words.isEmpty()) {
            throw new IllegalStateException("no dg:keyword in packaged vocabulary " + scheme);
        }
        return new KeywordVocabulary(words);
    }

    /** The codes of the concepts, in a stable order. */
    public List<String> codes() {
        return List.copyOf(keywordsByCode.keySet());
    }

    /**
     * The concept whose keyword occurs earliest in {@code text} as whole words (the longest keyword on a
     * tie), or empty.
     */
    public Optional<String> classify(String text) {
        String key = VietText.key(text);
        String best = null;
        int bestAt = Integer.MAX_VALUE;
        int bestLength = 0;
        for (Map.Entry<String, List<String>> e : keywordsByCode.entrySet()) {
            for (String word : e.getValue()) {
                int at = VietText.indexOfWord(key, word);
                if (at >= 0 && (at < bestAt || (at == bestAt && word.length() > bestLength))) {
                    best = e.getKey();
                    bestAt = at;
                    bestLength = word.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
