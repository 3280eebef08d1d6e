package org.directivegraph.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.vocabulary.RDF;
import org.directivegraph.validate.Finding;

/**
 * SHACL findings as the API shows them: in JSON
 * ({@code {severity, shape, focus, path, value, message: {vi, en}}}) and as a SHACL report graph
 * ({@code sh:ValidationReport} with one {@code sh:ValidationResult} per finding).
 */
final class FindingsJson {

    private static final String SH = "http://www.w3.org/ns/shacl#";

    private FindingsJson() {
    }

    /** The findings as JSON objects. */
    static List<Map<String, Object>> of(List<Finding> findings) {
        return findings.stream().map(FindingsJson::of).toList();
    }

    /** One finding as a JSON object. */
    static Map<String, Object> of(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("severity", f.severity().name().toLowerCase(Locale.ROOT));
        m.put("shape", f.shapeName());
        m.put("focus", nodeText(f.focusNode()));
        m.put("path", pathText(f.path()));
        m.put("value", f.value() == null ? null : nodeText(f.value()));
        m.put("message", f.messages());
        return m;
    }

    /** The number of findings of severity violation. */
    static long violations(List<Finding> findings) {
        return findings.stream().filter(f -> f.severity() == Finding.Severity.VIOLATION).count();
    }

    /** The findings as a SHACL validation report graph. */
    static Graph reportGraph(List<Finding> findings) {
        Graph g = RdfGraphs.merged();
        Node report = NodeFactory.createBlankNode();
        g.add(report, RDF.type.asNode(), sh("ValidationReport"));
        g.add(report, sh("conforms"), NodeFactory.createLiteralDT(Boolean.toString(findings.isEmpty()),
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDboolean));
        for (Finding f : findings) {
            Node r = NodeFactory.createBlankNode();
            g.add(report, sh("result"), r);
            g.add(r, RDF.type.asNode(), sh("ValidationResult"));
            g.add(r, sh("focusNode"), f.focusNode());
            g.add(r, sh("resultSeverity"), sh(switch (f.severity()) {
                case VIOLATION -> "Violation";
                case WARNING -> "Warning";
                case INFO -> "Info";
            }));
            if (f.sourceShape() != null) {
                g.add(r, sh("sourceShape"), f.sourceShape());
            }
            if (f.path() instanceof P_Link link) {
                g.add(r, sh("resultPath"), link.getNode());
            }
            if (f.value() != null) {
                g.add(r, sh("value"), f.value());
            }
            f.messages().forEach((lang, text) -> g.add(r, sh("resultMessage"), NodeFactory.createLiteralLang(text, lang)));
        }
        return g;
    }

    private static Node sh(String local) {
        return NodeFactory.createURI(SH + local);
    }

    /** An IRI in full, a literal's text, a blank node's label. */
    static String nodeText(Node n) {
        if (n.isURI()) {
            return n.getURI();
        }
        if (n.isLiteral()) {
            return n.getLiteralLexicalForm();
        }
        return "_:" + n.getBlankNodeLabel();
    }

    /** A path shown short ({@code dg:title}); empty for none. */
    static String pathShort(Path path) {
        if (path == null) {
            return "";
        }
        return path instanceof P_Link link ? RdfGraphs.shortForm(link.getNode()) : path.toString();
    }

    /** A simple path as its property IRI; another path in SPARQL syntax; {@code null} for none. */
    static String pathText(Path path) {
        if (path == null) {
            return null;
        }
        if (path instanceof P_Link link) {
            return link.getNode().getURI();
        }
        return path.toString();
    }
}
