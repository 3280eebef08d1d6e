package org.directivegraph.publish;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The page of any described resource that is not a document: a task, a body, a unit, a concept, a span …: its
 * labels, every statement about it with links, its evidence, and the parts described with it (a unit's versions).
 */
public final class ResourcePage {

    private final TermLabels terms;

    /** Pages with property names from these labels. */
    public ResourcePage(TermLabels terms) {
        this.terms = terms;
    }

    /** The page of {@code iri} from its description. */
    public String render(String iri, Labels labels, String path) {
        Node r = NodeFactory.createURI(iri);
        PageParts parts = new PageParts(labels, terms);
        Html h = Html.page(labels.display(r), iri);
        labels.english(r).ifPresent(en -> h.open("p", "en").text(en).close("p"));
        parts.propertyTable(h, r);
        if (!labels.objects(r, org.directivegraph.vocab.DG.evidence.asNode()).isEmpty()) {
            h.heading("evidence", "Căn cứ trong văn bản / Source text");
            parts.evidence(h, r);
        }
        for (Node part : labels.objects(r, Node.ANY)) {
            if (part.isURI() && part.getURI().startsWith(iri + "/") && labels.graph().contains(part, Node.ANY, Node.ANY)
                    && !labels.objects(r, org.directivegraph.vocab.DG.evidence.asNode()).contains(part)) {
                h.heading(Labels.shortName(part), labels.display(part));
                h.open("p", "iri").link(part.getURI(), part.getURI()).close("p");
                parts.propertyTable(h, part);
            }
        }
        return h.end(path);
    }
}
