package org.directivegraph.sparql;

import org.directivegraph.web.Html;

import java.util.List;
import java.util.Map;

import org.directivegraph.query.SavedQuery;

/**
 * The SPARQL editor: YASGUI from the webjar the application serves itself (nothing is loaded from elsewhere;
 * the autocompleters that would call out to prefix.cc and LOV are turned off), set up with the endpoint, the
 * project's prefixes and one tab per saved query. The saved queries reach the page as JSON escaped for a
 * {@code <script>} element.
 */
public final class EditorPage {

    /** Where the webjar's files are served. */
    public static final String YASGUI = "/webjars/zazuko__yasgui/4.5.0/build/";

    private EditorPage() {
    }

    /** The first query shown: the prefixes and a look at the documents. */
    static String startQuery() {
        return Prefixes.sparqlHeader() + "\n# Documents and their titles\nSELECT ?document ?type ?title\nWHERE {\n"
                + "  ?document a ?type ;\n            dg:title ?title .\n}\nORDER BY ?document\nLIMIT 100\n";
    }

    /** The page. */
    public static String render(List<SavedQuery> queries) {
        StringBuilder json = new StringBuilder("{\"start\":").append(Html.jsonString(startQuery())).append(",\"prefixes\":{");
        String sep = "";
        for (Map.Entry<String, String> e : Prefixes.ALL.entrySet()) {
            json.append(sep).append(Html.jsonString(e.getKey())).append(':').append(Html.jsonString(e.getValue()));
            sep = ",";
        }
        json.append("},\"queries\":[");
        sep = "";
        for (SavedQuery q : queries) {
            json.append(sep).append("{\"name\":").append(Html.jsonString(q.name())).append(",\"title\":")
                    .append(Html.jsonString(q.title())).append(",\"text\":").append(Html.jsonString(q.text())).append('}');
            sep = ",";
        }
        json.append("]}");
        return "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>SPARQL — DirectiveGraph</title>\n"
                + "<link rel=\"stylesheet\" href=\"" + YASGUI + "yasgui.min.css\">\n"
                + "<style>body{font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,\"Noto Sans\",Arial,sans-serif;margin:0}"
                + "header{padding:.6rem 1rem;background:#f3f3f3;border-bottom:1px solid #ddd}header a{margin-left:1rem}"
                + ".yasgui .autocompleteWrapper{display:none!important}</style>\n"
                + "<script src=\"" + YASGUI + "yasgui.min.js\"></script>\n</head>\n<body>\n"
                + "<header><strong>DirectiveGraph SPARQL</strong> <span>endpoint <code>/sparql</code> (read-only)</span>"
                + "<a href=\"/queries\">Saved queries</a></header>\n<div id=\"yasgui\"></div>\n"
                + "<script type=\"application/json\" id=\"dg-editor\">" + json + "</script>\n"
                + "<script>\n"
                + "(function () {\n"
                + "  var cfg = JSON.parse(document.getElementById('dg-editor').textContent);\n"
                + "  var endpoint = window.location.origin + '/sparql';\n"
                + "  // no autocompletion from remote services: only the query's own variables\n"
                + "  var ac = Yasgui.Yasqe.defaults.autocompleters; ac.splice(0, ac.length, 'variables');\n"
                + "  var yasgui = new Yasgui(document.getElementById('yasgui'), {\n"
                + "    requestConfig: { endpoint: endpoint, method: 'POST' },\n"
                + "    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; }, keys: [] },\n"
                + "    copyEndpointOnNewTab: true, persistenceId: null, autoAddOnInit: false, populateFromUrl: false,\n"
                + "    yasqe: { autocompleters: ['variables'] }\n"
                + "  });\n"
                + "  function add(active, name, text) {\n"
                + "    var tab = yasgui.addTab(active, { name: name, yasqe: { value: text }, requestConfig: { endpoint: endpoint } });\n"
                + "    return tab;\n"
                + "  }\n"
                + "  add(true, 'Query', cfg.start);\n"
                + "  cfg.queries.forEach(function (q) { add(false, q.title, q.text); });\n"
                + "  window.dgPrefixes = cfg.prefixes;\n"
                + "  window.yasgui = yasgui;\n"
                + "})();\n"
                + "</script>\n</body>\n</html>\n";
    }
}
