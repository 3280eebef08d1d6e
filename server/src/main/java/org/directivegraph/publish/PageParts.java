package org.directivegraph.publish;

import org.directivegraph.web.Html;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.directivegraph.vocab.DG;

/** Pieces shared by the page renderers: a value as a link or text, a property table, the evidence of a fact. */
final class PageParts {

    private final Labels labels;
    private final TermLabels terms;

    PageParts(Labels labels, TermLabels terms) {
        this.labels = labels;
        this.terms = terms;
    }

    Labels labels() {
        return labels;
    }

    /** A value: a link labelled with the resource's label, or a literal with its language. */
    void value(Html h, Node v) {
        if (v.isURI()) {
            h.link(v.getURI(), labels.display(v));
            labels.english(v).ifPresent(en -> h.raw(" <span class=\"en\">(").text(en).raw(")</span>"));
        } else if (v.isLiteral()) {
            h.text(v.getLiteralLexicalForm());
            if (!v.getLiteralLanguage().isEmpty()) {
                h.raw(" <span class=\"off\">@").text(v.getLiteralLanguage()).raw("</span>");
            }
        } else {
            h.text(v.toString());
        }
    }

    /** A link to a resource, labelled with its label. */
    void link(Html h, Node v) {
        value(h, v);
    }

    /** The table of every statement about {@code subject}, grouped by property, labels from the ontology. */
    void propertyTable(Html h, Node subject) {
        Set<Node> properties = new LinkedHashSet<>();
        labels.graph().find(subject, Node.ANY, Node.ANY).mapWith(Triple::getPredicate).forEachRemaining(properties::add);
        List<Node> sorted = new ArrayList<>(properties);
        sorted.sort(java.util.Comparator.comparing(p -> terms.of(p)));
        h.raw("<table>");
        for (Node p : sorted) {
            h.raw("<tr><th>");
            h.link(p.getURI(), terms.of(p));
            h.raw("</th><td>");
            boolean first = true;
            for (Node v : labels.objects(subject, p)) {
                if (!first) {
                    h.raw("<br>");
                }
                first = false;
                value(h, v);
            }
            h.raw("</td></tr>");
        }
        h.raw("</table>");
    }

    /** The text spans that support a fact: their text and offsets, each linked to its span IRI. */
    void evidence(Html h, Node fact) {
        for (Node span : labels.objects(fact, DG.evidence.asNode())) {
            String text = labels.string(span, DG.exactText.asNode());
            String start = labels.string(span, DG.startOffset.asNode());
            String end = labels.string(span, DG.endOffset.asNode());
            h.open("div", "span");
            if (!text.isEmpty()) {
                h.text(text);
            }
            h.raw(" <span class=\"off\">");
            if (span.isURI()) {
                h.link(span.getURI(), "[" + start + "–" + end + "]");
            } else {
                h.text("[" + start + "–" + end + "]");
            }
            String supports = labels.objects(span, DG.supportsProperty.asNode()).stream().map(terms::of)
                    .reduce((a, b) -> a + ", " + b).orElse("");
            if (!supports.isEmpty()) {
                h.text(" " + supports);
            }
            h.raw("</span>").close("div");
        }
    }
}
