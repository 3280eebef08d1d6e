package org.directivegraph.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.directivegraph.vocab.DG;

/**
 * Reads what a page shows from a description graph: values of a property, the Vietnamese and English labels of
 * a node (rdfs:label, skos:prefLabel, else dg:title, dg:name, dg:numberAndSymbol), and a short display text for a
 * node that has none (the end of its IRI).
 */
public final class Labels {

    private static final List<Node> LABEL_PROPERTIES = List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(),
            DG.title.asNode(), DG.name.asNode(), DG.numberAndSymbol.asNode());

    private final Graph graph;

    /** Labels read from this graph. */
    public Labels(Graph graph) {
        this.graph = graph;
    }

    /** The graph read. */
    public Graph graph() {
        return graph;
    }

    /** The objects of (s, p), sorted by their text so pages are stable. */
    public List<Node> objects(Node s, Node p) {
        List<Node> values = new ArrayList<>();
        graph.find(s, p, Node.ANY).mapWith(Triple::getObject).forEachRemaining(values::add);
        values.sort(Comparator.comparing(Labels::sortKey));
        return values;
    }

    /** The objects of (s, p) for a property IRI. */
    public List<Node> objects(Node s, String p) {
        return objects(s, NodeFactory.createURI(p));
    }

    /** The first value of (s, p), if any. */
    public Optional<Node> first(Node s, Node p) {
        List<Node> values = objects(s, p);
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The lexical form of the first literal value of (s, p), or the empty string. */
    public String string(Node s, Node p) {
        return objects(s, p).stream().filter(Node::isLiteral).map(Node::getLiteralLexicalForm).findFirst().orElse("");
    }

    /** The label in a language ({@code vi}, {@code en}), or in no language when {@code lang} is empty. */
    public Optional<String> label(Node node, String lang) {
        for (Node p : LABEL_PROPERTIES) {
            for (Node o : objects(node, p)) {
                if (o.isLiteral() && o.getLiteralLanguage().equalsIgnoreCase(lang)) {
                    return Optional.of(o.getLiteralLexicalForm());
                }
            }
        }
        return Optional.empty();
    }

    /** The best label to show: Vietnamese, else without language, else English, else the end of the IRI. */
    public String display(Node node) {
        return label(node, "vi").or(() -> label(node, "")).or(() -> label(node, "en")).orElseGet(() -> shortName(node));
    }

    /** The English label when it differs from {@link #display}, else empty. */
    public Optional<String> english(Node node) {
        return label(node, "en").filter(en -> !en.equals(display(node)));
    }

    /** A readable text for a node with no label: a literal's lexical form, the end of an IRI. */
    public static String shortName(Node node) {
        if (node.isLiteral()) {
            return node.getLiteralLexicalForm();
        }
        if (node.isURI()) {
            String iri = node.getURI();
            int hash = iri.lastIndexOf('#');
            if (hash >= 0 && hash < iri.length() - 1) {
                return iri.substring(hash + 1);
            }
            String base = org.directivegraph.store.GraphNames.BASE;
            return iri.startsWith(base) ? iri.substring(base.length()) : iri;
        }
        return node.toString();
    }

    private static String sortKey(Node n) {
        if (n.isLiteral()) {
            String lex = n.getLiteralLexicalForm();
            // numbers sort by value within the same width
            return lex.matches("\\d{1,9}") ? String.format("%09d", Long.parseLong(lex)) : lex;
        }
        return naturalKey(n.toString());
    }

    /** An IRI with its trailing numbers padded, so that task/2 sorts before task/10. */
    static String naturalKey(String s) {
        return java.util.regex.Pattern.compile("\\d+").matcher(s)
                .replaceAll(m -> m.group().length() > 9 ? m.group() : String.format("%09d", Long.parseLong(m.group())));
    }
}
