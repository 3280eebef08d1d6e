package org.directivegraph.sparql;

import org.directivegraph.web.Html;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.directivegraph.query.SavedQuery;

/** The HTML pages of the saved queries: the list with a small form per query, and a result table. */
public final class SavedQueryPages {

    private SavedQueryPages() {
    }

    /** The list of saved queries, each with a form to run it. */
    public static String list(List<SavedQuery> queries) {
        StringBuilder sb = new StringBuilder(Html.start("Saved queries"));
        sb.append("<h1>Saved queries</h1>\n<p class=\"muted\">Each query runs over the whole store with its parameters bound as"
                + " RDF terms. Results as an HTML table, CSV, TSV, SPARQL JSON or XML. Write your own in the"
                + " <a href=\"/sparql\">SPARQL editor</a>.</p>\n");
        for (SavedQuery q : queries) {
            String name = Html.escape(q.name());
            sb.append("<section id=\"").append(name).append("\">\n<h2>").append(Html.escape(q.title()))
                    .append(" <code>").append(name).append("</code></h2>\n<p>").append(Html.escape(q.description())).append("</p>\n")
                    .append("<form method=\"get\" action=\"/queries/").append(Html.escape(Html.urlParam(q.name()))).append("\">\n");
            for (SavedQuery.Parameter p : q.parameters()) {
                String pname = Html.escape(p.name());
                sb.append("<label>").append(pname).append(" <span class=\"muted\">(").append(p.type().name().toLowerCase())
                        .append(p.required() ? ", required" : ", optional").append(")</span> ")
                        .append("<input type=\"").append(p.type() == SavedQuery.Type.DATE ? "date" : "text").append("\" name=\"")
                        .append(pname).append("\"").append(p.required() ? " required" : "")
                        .append(p.type() == SavedQuery.Type.IRI ? " placeholder=\"https://w3id.org/directivegraph/id/…\"" : "")
                        .append("><br><span class=\"muted\">").append(Html.escape(p.description())).append("</span></label>\n");
            }
            sb.append("<label>Format <select name=\"format\">");
            for (String f : List.of("html", "csv", "tsv", "json", "xml")) {
                sb.append("<option>").append(f).append("</option>");
            }
            sb.append("</select></label>\n<button type=\"submit\">Run</button>\n</form>\n</section>\n");
        }
        return sb.append(Html.finish()).toString();
    }

    /** A result as a table, with the parameters it ran with and links to the same answer in other formats. */
    public static String table(SavedQuery query, Map<String, String> params, QueryAnswer answer) {
        StringBuilder sb = new StringBuilder(Html.start(query.title()));
        sb.append("<p><a href=\"/queries\">Saved queries</a></p>\n<h1>").append(Html.escape(query.title())).append("</h1>\n<p>")
                .append(Html.escape(query.description())).append("</p>\n");
        if (!params.isEmpty()) {
            sb.append("<p>");
            params.forEach((k, v) -> sb.append("<code>").append(Html.escape(k)).append("</code> = ").append(Html.escape(v)).append("<br>"));
            sb.append("</p>\n");
        }
        StringBuilder qs = new StringBuilder();
        params.forEach((k, v) -> qs.append(Html.urlParam(k)).append('=').append(Html.urlParam(v)).append('&'));
        sb.append("<p class=\"muted\">Download:");
        for (String f : List.of("csv", "tsv", "json", "xml")) {
            sb.append(" <a href=\"/queries/").append(Html.escape(Html.urlParam(query.name()))).append('?')
                    .append(Html.escape(qs.toString())).append("format=").append(f).append("\">").append(f).append("</a>");
        }
        sb.append("</p>\n");
        List<Var> vars = answer.rows().getResultVars().stream().toList();
        answer.rows().reset();
        int n = 0;
        StringBuilder rows = new StringBuilder();
        while (answer.rows().hasNext()) {
            Binding b = answer.rows().next();
            n++;
            rows.append("<tr>");
            for (Var v : vars) {
                rows.append("<td>").append(cell(b.get(v))).append("</td>");
            }
            rows.append("</tr>\n");
        }
        answer.rows().reset();
        sb.append("<p>").append(n).append(n == 1 ? " row" : " rows").append("</p>\n<table>\n<thead><tr>");
        for (Var v : vars) {
            sb.append("<th>").append(Html.escape(v.getVarName())).append("</th>");
        }
        sb.append("</tr></thead>\n<tbody>\n").append(rows).append("</tbody>\n</table>\n");
        return sb.append(Html.finish()).toString();
    }

    private static String cell(Node node) {
        if (node == null) {
            return "";
        }
        if (node.isURI()) {
            String iri = node.getURI();
            boolean web = iri.startsWith("http://") || iri.startsWith("https://");
            return web ? "<a href=\"" + Html.escape(iri) + "\">" + Html.escape(iri) + "</a>" : Html.escape(iri);
        }
        if (node.isLiteral()) {
            return Html.escape(node.getLiteralLexicalForm());
        }
        return Html.escape(node.toString());
    }
}
