package org.directivegraph.api;

import org.directivegraph.web.Html;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.riot.Lang;
import org.apache.jena.shacl.ValidationReport;
import org.directivegraph.validate.Finding;
import org.springframework.http.ResponseEntity;

/**
 * The answer to a validation (always 200 once the RDF parsed): the SHACL report as Turtle or JSON-LD, a JSON
 * summary {@code {conforms, triples, violations, findings, parserWarnings}}, or an HTML page.
 */
final class ValidationAnswer {

    private ValidationAnswer() {
    }

    static ResponseEntity<String> of(ValidationReport report, RdfUpload.Parsed parsed, String name, AnswerFormat format) {
        List<Finding> findings = Finding.fromReport(report);
        String body = switch (format) {
            case JSON -> Json.write(json(report, parsed, findings));
            case JSONLD -> RdfGraphs.write(report.getGraph(), Lang.JSONLD);
            case TURTLE -> RdfGraphs.write(report.getGraph(), Lang.TURTLE);
            case HTML -> html(report, parsed, findings, name);
        };
        return ResponseEntity.ok().contentType(format.mediaType()).body(body);
    }

    static Map<String, Object> json(ValidationReport report, RdfUpload.Parsed parsed, List<Finding> findings) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("conforms", report.conforms());
        m.put("triples", parsed.graph().size());
        m.put("violations", FindingsJson.violations(findings));
        m.put("findings", FindingsJson.of(findings));
        m.put("parserWarnings", parsed.warnings());
        return m;
    }

    private static String html(ValidationReport report, RdfUpload.Parsed parsed, List<Finding> findings, String name) {
        StringBuilder b = new StringBuilder();
        b.append("<p>").append(Html.escape(name)).append(": ").append(parsed.graph().size()).append(" triples; ")
                .append(Html.escape(report.conforms() ? "conforms to the shapes." : "does not conform: "
                        + FindingsJson.violations(findings) + " violation(s), " + findings.size() + " finding(s)."))
                .append(" Nothing was stored.</p>\n");
        b.append(IngestPage.findings(findings));
        if (!parsed.warnings().isEmpty()) {
            b.append("<h2>Parser warnings</h2>\n<ul>\n");
            parsed.warnings().forEach(w -> b.append("<li>").append(Html.escape(w)).append("</li>\n"));
            b.append("</ul>\n");
        }
        return Html.page("Validation", null, b.toString());
    }
}
