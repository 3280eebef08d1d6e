package org.directivegraph.publish;

import org.directivegraph.web.Html;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.directivegraph.validate.PlanShapes;

/** The page of the shapes graph: every named shape with its target, severity and messages in Vietnamese and English. */
public final class ShapesPage {

    private static final String SH = "http://www.w3.org/ns/shacl#";

    /** The page of the shapes graph. */
    public String render(Graph shapes, String path) {
        Labels labels = new Labels(shapes);
        Html h = Html.page("Ràng buộc SHACL / SHACL shapes", PlanShapes.NS.substring(0, PlanShapes.NS.length() - 1));
        List<Node> named = namedShapes(shapes);
        h.element("p", named.size() + " shapes");
        h.open("dl", "shapes");
        for (Node shape : named) {
            String local = shape.getURI().substring(PlanShapes.NS.length());
            h.raw("<dt id=\"").text(local).raw("\"><strong>dgsh:").text(local).raw("</strong></dt><dd>");
            for (Node c : labels.objects(shape, RDFS.comment.asNode())) {
                h.element("p", c.getLiteralLexicalForm());
            }
            for (String p : List.of("targetClass", "targetSubjectsOf", "targetObjectsOf", "severity", "path")) {
                for (Node v : labels.objects(shape, NodeFactory.createURI(SH + p))) {
                    h.raw("<div class=\"off\">").text(p + ": ");
                    if (v.isURI()) {
                        h.link(v.getURI(), Labels.shortName(v));
                    } else {
                        h.text(v.isBlank() ? "(path)" : Labels.shortName(v));
                    }
                    h.raw("</div>");
                }
            }
            messages(h, labels, shape);
            for (Node property : labels.objects(shape, NodeFactory.createURI(SH + "property"))) {
                messages(h, labels, property);
            }
            h.raw("</dd>");
        }
        h.close("dl");
        return h.raw(RdfFormat.otherFormatLinks(path)).end();
    }

    /** The shapes of the DirectiveGraph shapes namespace, by name. */
    public static List<Node> namedShapes(Graph shapes) {
        Set<Node> found = new LinkedHashSet<>();
        for (String type : List.of("NodeShape", "PropertyShape")) {
            shapes.find(Node.ANY, RDF.type.asNode(), NodeFactory.createURI(SH + type)).mapWith(Triple::getSubject)
                    .filterKeep(s -> s.isURI() && s.getURI().startsWith(PlanShapes.NS)).forEachRemaining(found::add);
        }
        List<Node> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparing(Node::getURI));
        return sorted;
    }

    private static void messages(Html h, Labels labels, Node shape) {
        for (Node m : labels.objects(shape, NodeFactory.createURI(SH + "message"))) {
            if (m.isLiteral()) {
                h.open("p", m.getLiteralLanguage().equals("en") ? "en" : null).text(m.getLiteralLexicalForm()).close("p");
            }
        }
    }
}
