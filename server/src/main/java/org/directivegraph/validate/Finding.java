package org.directivegraph.validate;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.path.Path;

/**
 * One result of a validation report, in the form the application shows: how serious it is, which
 * node it is about, the property path and value concerned (when the shape says), the shape that
 * found it and its message in each language the shape gives (Vietnamese {@code vi} and English
 * {@code en} for the DirectiveGraph shapes).
 *
 * @param severity    how serious the finding is
 * @param focusNode   the node the finding is about (a plan, a signature, an obligation …)
 * @param path        the property path concerned, or {@code null} (node-level constraints)
 * @param value       the value concerned (e.g. the implemented document), or {@code null}
 * @param sourceShape the shape that produced it, e.g. {@code dgsh:PlanNumberShape}
 * @param messages    the messages by language tag (lower case; {@code ""} for a message without one)
 */
public record Finding(Severity severity, Node focusNode, Path path, Node value, Node sourceShape,
                      Map<String, String> messages) {

    /** How serious a finding is: the SHACL severities. */
    public enum Severity {
        /** {@code sh:Violation}: the data cannot be used as it is. */
        VIOLATION,
        /** {@code sh:Warning}: the source itself is incomplete, or a check is worth a look. */
        WARNING,
        /** {@code sh:Info}: for information. */
        INFO;

        /** The severity of a SHACL severity node ({@code sh:Violation}, {@code sh:Warning}, {@code sh:Info}). */
        public static Severity of(org.apache.jena.shacl.validation.Severity severity) {
            String iri = severity.level().getURI();
            if (iri.endsWith("#Warning")) {
                return WARNING;
            }
            if (iri.endsWith("#Info")) {
                return INFO;
            }
            return VIOLATION;
        }
    }

    /** Findings first by severity, then by focus node and shape, so that lists are stable. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(f -> f.focusNode().toString())
            .thenComparing(f -> f.sourceShape() == null ? "" : f.sourceShape().toString())
            .thenComparing(f -> f.value() == null ? "" : f.value().toString());

    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(focusNode, "focusNode");
        messages = messages == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(messages));
    }

    /** The finding for one entry of a Jena validation report. */
    public static Finding of(ReportEntry entry) {
        Map<String, String> messages = new LinkedHashMap<>();
        for (Node m : entry.messages()) {
            if (m.isLiteral()) {
                messages.putIfAbsent(m.getLiteralLanguage().toLowerCase(Locale.ROOT), m.getLiteralLexicalForm());
            }
        }
        return new Finding(Severity.of(entry.severity()), entry.focusNode(), entry.resultPath(), entry.value(),
                entry.source(), messages);
    }

    /** The findings of a report, in {@link #ORDER}. */
    public static List<Finding> fromReport(ValidationReport report) {
        return report.getEntries().stream().map(Finding::of).sorted(ORDER).toList();
    }

    /**
     * The message in the given language (e.g. {@code "vi"}), else in English, else any message, else
     * the empty string.
     */
    public String message(String language) {
        String m = messages.get(language.toLowerCase(Locale.ROOT));
        if (m == null) {
            m = messages.get("en");
        }
        if (m == null) {
            m = messages.values().stream().findFirst().orElse("");
        }
        return m;
    }

    /** The local name of the source shape ({@code PlanNumberShape}), or its full form for a shape outside {@link PlanShapes#NS}. */
    public String shapeName() {
        if (sourceShape == null) {
            return "";
        }
        if (sourceShape.isURI() && sourceShape.getURI().startsWith(PlanShapes.NS)) {
            return sourceShape.getURI().substring(PlanShapes.NS.length());
        }
        return sourceShape.toString();
    }
}
