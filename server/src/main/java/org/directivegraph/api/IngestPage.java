package org.directivegraph.api;

import org.directivegraph.web.Html;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Triple;
import org.directivegraph.ingest.Ingester;
import org.directivegraph.validate.Finding;

/** The readable HTML answer to an ingest: what happened, the findings and the extracted facts, all escaped. */
final class IngestPage {

    private IngestPage() {
    }

    static String html(Ingester.Result result, boolean commit, String refusal) {
        StringBuilder b = new StringBuilder();
        String outcome = result.stored() ? "Stored." : commit ? "Not stored: " + refusal : "Checked only, not stored.";
        b.append("<p>File <code>").append(Html.escape(result.file())).append("</code>: ").append(Html.escape(outcome)).append("</p>\n");
        b.append("<p>Document <code>").append(Html.escape(result.documentIri())).append("</code>, ")
                .append(result.triples()).append(" triples, ").append(result.violations()).append(" violation(s), ")
                .append(result.findings().size()).append(" finding(s).</p>\n");
        b.append(findings(result.findings()));
        if (!result.warnings().isEmpty()) {
            b.append("<h2>Notes</h2>\n<ul>\n");
            result.warnings().forEach(w -> b.append("<li>").append(Html.escape(w)).append("</li>\n"));
            b.append("</ul>\n");
        }
        b.append("<h2>Extracted facts</h2>\n<table>\n").append(Html.row(true, "subject", "property", "value"));
        List<Triple> triples = new ArrayList<>(result.graph().find().toList());
        triples.sort(Comparator.comparing((Triple t) -> t.getSubject().toString()).thenComparing(t -> t.getPredicate().toString())
                .thenComparing(t -> t.getObject().toString()));
        for (Triple t : triples) {
            b.append(Html.row(false, RdfGraphs.shortForm(t.getSubject()), RdfGraphs.shortForm(t.getPredicate()), RdfGraphs.shortForm(t.getObject())));
        }
        b.append("</table>\n");
        return Html.page("Ingest " + result.file(), null, b.toString());
    }

    /** The findings table (shared with the validation page). */
    static String findings(List<Finding> findings) {
        StringBuilder b = new StringBuilder("<h2>Findings</h2>\n");
        if (findings.isEmpty()) {
            return b.append("<p>None: the data conforms to the shapes.</p>\n").toString();
        }
        b.append("<table>\n").append(Html.row(true, "severity", "shape", "focus", "path", "value", "message (vi)", "message (en)"));
        for (Finding f : findings) {
            b.append(Html.row(false, f.severity().name(), f.shapeName(), FindingsJson.nodeText(f.focusNode()),
                    FindingsJson.pathShort(f.path()),
                    f.value() == null ? "" : FindingsJson.nodeText(f.value()), f.message("vi"), f.message("en"))
                    .replaceFirst("<tr>", "<tr class=\"" + f.severity().name() + "\">"));
        }
        return b.append("</table>\n").toString();
    }
}
