package org.directivegraph.publish;

import org.directivegraph.web.Html;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.directivegraph.vocab.DG;

/**
 * The documentation page of the ontology: its header, then every class and every property with its Vietnamese
 * and English labels, definition, domain and range, each under an anchor named after the term, so that a hash IRI
 * ({@code …/ontology#Plan}) opens the page at the term.
 */
public final class OntologyPage {

    /** The page of the ontology graph. */
    public String render(Graph ontology, String path) {
        Labels labels = new Labels(ontology);
        Node onto = NodeFactory.createURI(DG.ONTOLOGY);
        Html h = Html.page(labels.display(onto), DG.ONTOLOGY);
        labels.english(onto).ifPresent(en -> h.open("p", "en").text(en).close("p"));
        for (Node c : labels.objects(onto, RDFS.comment.asNode())) {
            h.element("p", c.getLiteralLexicalForm());
        }
        labels.first(onto, OWL.versionIRI.asNode()).ifPresent(v -> h.open("p", null).text("Version: ").link(v.getURI(), v.getURI()).close("p"));
        List<Node> classes = terms(ontology, OWL.Class.asNode());
        List<Node> objectProperties = terms(ontology, OWL.ObjectProperty.asNode());
        List<Node> datatypeProperties = terms(ontology, OWL.DatatypeProperty.asNode());
        section(h, labels, "classes", "Lớp / Classes", classes);
        section(h, labels, "object-properties", "Thuộc tính quan hệ / Object properties", objectProperties);
        section(h, labels, "datatype-properties", "Thuộc tính dữ liệu / Datatype properties", datatypeProperties);
        return h.raw(RdfFormat.otherFormatLinks(path)).end();
    }

    /** The terms of the DirectiveGraph namespace typed {@code type}, sorted by local name. */
    public static List<Node> terms(Graph ontology, Node type) {
        List<Node> terms = new ArrayList<>();
        ontology.find(Node.ANY, RDF.type.asNode(), type).mapWith(Triple::getSubject)
                .filterKeep(s -> s.isURI() && s.getURI().startsWith(DG.NS)).forEachRemaining(terms::add);
        terms.sort(Comparator.comparing(n -> n.getURI().toLowerCase(java.util.Locale.ROOT)));
        return terms;
    }

    private static void section(Html h, Labels labels, String id, String heading, List<Node> terms) {
        h.heading(id, heading + " (" + terms.size() + ")");
        h.open("dl", id);
        for (Node term : terms) {
            String local = term.getURI().substring(DG.NS.length());
            h.raw("<dt id=\"").text(local).raw("\"><strong>").text(labels.label(term, "vi").orElse(local)).raw("</strong>");
            labels.label(term, "en").ifPresent(en -> h.raw(" <span class=\"en\">").text(en).raw("</span>"));
            h.raw(" <a class=\"off\" href=\"#").text(local).raw("\">dg:").text(local).raw("</a></dt><dd>");
            for (Node p : List.of(RDFS.comment.asNode(), SKOS.definition.asNode())) {
                for (Node d : labels.objects(term, p)) {
                    h.open("p", d.getLiteralLanguage().equals("en") ? "en" : null).text(d.getLiteralLexicalForm()).close("p");
                }
            }
            refs(h, labels, term, RDFS.subClassOf.asNode(), "subclass of");
            refs(h, labels, term, RDFS.domain.asNode(), "domain");
            refs(h, labels, term, RDFS.range.asNode(), "range");
            h.raw("</dd>");
        }
        h.close("dl");
    }

    private static void refs(Html h, Labels labels, Node term, Node property, String name) {
        List<Node> values = labels.objects(term, property);
        if (values.isEmpty()) {
            return;
        }
        h.raw("<div class=\"off\">").text(name + ": ");
        for (Node v : values) {
            if (v.isURI()) {
                h.link(v.getURI(), v.getURI().startsWith(DG.NS) ? "dg:" + v.getURI().substring(DG.NS.length()) : Labels.shortName(v));
            }
            h.raw(" ");
        }
        h.raw("</div>");
    }
}
