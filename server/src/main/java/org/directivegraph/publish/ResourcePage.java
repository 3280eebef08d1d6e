package org.directivegraph.publish;

import org.directivegraph.web.Html;
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
        return render(iri, labels, java.util.List.of(), path);
    }

    /** The page of {@code iri} from its description, with the resources that link to it. */
    public String render(String iri, Labels labels, java.util.List<Backlinks.Link> backlinks, String path) {
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
        if (!backlinks.isEmpty()) {
            h.heading("referenced-by", "Được nhắc đến bởi / Referenced by");
            h.open("ul", "backlinks");
            for (Backlinks.Link link : backlinks.subList(0, Math.min(backlinks.size(), Backlinks.LIMIT))) {
                h.open("li", null).link(link.subject().getURI(), link.label().isEmpty() ? Labels.shortName(link.subject()) : link.label())
                        .raw(" <span class=\"off\">").text(terms.of(link.property())).raw("</span>").close("li");
            }
            if (backlinks.size() > Backlinks.LIMIT) {
                h.element("li", "… (" + Backlinks.LIMIT + "+)");
            }
            h.close("ul");
        }
        return h.raw(RdfFormat.otherFormatLinks(path)).end();
    }
}
