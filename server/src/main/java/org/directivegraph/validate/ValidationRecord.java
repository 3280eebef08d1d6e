package org.directivegraph.validate;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.vocabulary.RDF;
import org.directivegraph.vocab.DG;

/**
 * The record of a document's validation, stored in the document's own graph together with its facts: a
 * {@code dg:ValidationRecord} ({@code {doc}/validation}, linked from the document by {@code dg:validationRecord})
 * with the shapes version, {@code sh:conforms}, the number of findings by severity, and one
 * {@code sh:ValidationResult} per finding ({@code {doc}/validation/result/{n}}, numbered in a total order of the
 * findings) with its focus node, path, severity, messages, source shape and value.
 *
 * <p>The record is a function of the findings and the shapes version only (no clock, no blank nodes), so the same
 * document validated against the same store gives the same quads. Only IRIs and literals are recorded: a blank
 * focus node, value or shape would not mean the same thing in another graph, and is left out.
 */
public final class ValidationRecord {

    /** The SHACL namespace. */
    static final String SH = "http://www.w3.org/ns/shacl#";

    private ValidationRecord() {
    }

    /** The IRI of the record of a document. */
    public static String iri(String documentIri) {
        return documentIri + "/validation";
    }

    /**
     * The record of a document's findings.
     *
     * @param documentIri the document validated
     * @param findings its findings, in any order
     * @param shapesVersion the version of the shapes ({@link PlanShapes#version()})
     */
    public static Graph of(String documentIri, List<Finding> findings, String shapesVersion) {
        Graph g = GraphFactory.createDefaultGraph();
        Node doc = NodeFactory.createURI(documentIri);
        Node record = NodeFactory.createURI(iri(documentIri));
        g.add(doc, DG.validationRecord.asNode(), record);
        g.add(record, RDF.type.asNode(), DG.ValidationRecord.asNode());
        g.add(record, DG.shapesVersion.asNode(), NodeFactory.createLiteralString(shapesVersion));
        Map<Finding.Severity, Integer> counts = new EnumMap<>(Finding.Severity.class);
        for (Finding.Severity s : Finding.Severity.values()) {
            counts.put(s, 0);
        }
        findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        g.add(record, sh("conforms"), NodeFactory.createLiteralDT(Boolean.toString(findings.isEmpty()), XSDDatatype.XSDboolean));
        g.add(record, DG.violationCount.asNode(), integer(counts.get(Finding.Severity.VIOLATION)));
        g.add(record, DG.warningCount.asNode(), integer(counts.get(Finding.Severity.WARNING)));
        g.add(record, DG.infoCount.asNode(), integer(counts.get(Finding.Severity.INFO)));
        // a total order (the key holds every field written), so the numbering does not depend on the report's order
        Map<String, Finding> ordered = new TreeMap<>(Comparator.naturalOrder());
        findings.stream().sorted(Finding.ORDER).forEach(f -> ordered.putIfAbsent(key(f), f));
        int n = 0;
        for (Finding f : ordered.values()) {
            Node result = NodeFactory.createURI(iri(documentIri) + "/result/" + (++n));
            g.add(record, sh("result"), result);
            addResult(g, result, f);
        }
        return g;
    }

    private static void addResult(Graph g, Node result, Finding f) {
        g.add(result, RDF.type.asNode(), sh("ValidationResult"));
        g.add(result, sh("resultSeverity"), sh(switch (f.severity()) {
            case VIOLATION -> "Violation";
            case WARNING -> "Warning";
            case INFO -> "Info";
        }));
        addIfNamed(g, result, sh("focusNode"), f.focusNode());
        addIfNamed(g, result, sh("sourceShape"), f.sourceShape());
        addIfNamed(g, result, sh("value"), f.value());
        if (f.path() instanceof P_Link link) {
            g.add(result, sh("resultPath"), link.getNode());
        } else if (f.path() != null) {
            g.add(result, DG.resultPathText.asNode(), NodeFactory.createLiteralString(f.path().toString()));
        }
        f.messages().forEach((lang, text) -> g.add(result, sh("resultMessage"),
                lang.isEmpty() ? NodeFactory.createLiteralString(text) : NodeFactory.createLiteralLang(text, lang)));
    }

    private static void addIfNamed(Graph g, Node s, Node p, Node o) {
        if (o != null && !o.isBlank()) {
            g.add(s, p, o);
        }
    }

    /** Every field of a finding that goes into the record, severity first (the order of {@link Finding#ORDER}). */
    private static String key(Finding f) {
        return f.severity().ordinal() + "\u0000" + f.focusNode() + "\u0000" + f.sourceShape() + "\u0000" + f.value()
                + "\u0000" + f.path() + "\u0000" + new TreeMap<>(f.messages());
    }

    private static Node integer(int n) {
        return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger);
    }

    private static Node sh(String local) {
        return NodeFactory.createURI(SH + local);
    }
}
