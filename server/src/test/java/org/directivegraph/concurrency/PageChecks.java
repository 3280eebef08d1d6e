package org.directivegraph.concurrency;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.directivegraph.publish.JsonLdWriting;
import org.directivegraph.store.GraphNames;
import org.directivegraph.vocab.DG;

/**
 * Which version of a document a page or an RDF answer shows: the marker in its title, and then everything that
 * differs between the versions (tasks, "implements" links, covered themes) must be that version's. A mix gives no
 * state (a torn read).
 */
final class PageChecks {

    private static final Pattern HIT = Pattern.compile(
            "<li class=\"hit\" data-kind=\"([a-z]+)\">.*?<a class=\"hit-link\" href=\"([^\"]*)\">(.*?)</a>(.*?)</li>", Pattern.DOTALL);

    private final TestDocuments docs;

    PageChecks(TestDocuments docs) {
        this.docs = docs;
    }

    static String path(String iri) {
        return "/" + iri.substring(GraphNames.BASE.length());
    }

    static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** The version whose title marker, alone, is in {@code text}; null if none or both are. */
    private static Version marked(String text) {
        boolean a = text.contains(Version.A.marker());
        boolean b = text.contains(Version.B.marker());
        return a == b ? null : a ? Version.A : Version.B;
    }

    private static Version other(Version v) {
        return v == Version.A ? Version.B : Version.A;
    }

    private static Set<State> only(Version v, boolean consistent) {
        return v != null && consistent ? EnumSet.of(State.of(v)) : EnumSet.noneOf(State.class);
    }

    /** The document page: title marker, every task title of that version, no task or link of the other only. */
    Set<State> documentPage(int number, String html) {
        Version v = marked(html);
        if (v == null) {
            return only(null, false);
        }
        Expected shown = docs.expected(number, v);
        Expected not = docs.expected(number, other(v));
        boolean ok = shown.taskTitles().stream().allMatch(t -> html.contains(escaped(t)));
        for (String task : not.tasks()) {
            ok &= shown.tasks().contains(task) || !html.contains("\"" + path(task) + "\"");
        }
        for (String implemented : not.implemented()) {
            ok &= shown.implemented().contains(implemented) || !html.contains("\"" + path(implemented) + "\"");
        }
        return only(v, ok);
    }

    /** The document's Turtle. */
    Set<State> turtle(int number, String body) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, Lang.TURTLE).parse(g);
        return rdf(number, g);
    }

    /** The document's JSON-LD. */
    Set<State> jsonLd(int number, String body) {
        return rdf(number, JsonLdWriting.read(body));
    }

    private Set<State> rdf(int number, Graph g) {
        Node doc = NodeFactory.createURI(docs.iri(number));
        List<String> titles = g.find(doc, DG.title.asNode(), Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm()).toList();
        Set<String> tasks = new TreeSet<>();
        g.find(doc, DG.task.asNode(), Node.ANY).forEachRemaining(t -> tasks.add(t.getObject().getURI()));
        Set<String> implemented = new TreeSet<>();
        g.find(doc, DG.implements_.asNode(), Node.ANY).forEachRemaining(t -> implemented.add(t.getObject().getURI()));
        for (Version v : Version.values()) {
            Expected e = docs.expected(number, v);
            if (titles.equals(List.of(e.title()))) {
                return only(v, tasks.equals(e.tasks()) && implemented.equals(e.implemented()));
            }
        }
        return only(null, false);
    }

    /** The trace page: title marker, and the "implements" links of that version. */
    Set<State> tracePage(int number, String html) {
        Version v = marked(html);
        if (v == null) {
            return only(null, false);
        }
        Expected shown = docs.expected(number, v);
        boolean ok = true;
        for (Version w : Version.values()) {
            for (String implemented : docs.expected(number, w).implemented()) {
                ok &= html.contains("data-iri=\"" + implemented + "\"") == shown.implemented().contains(implemented);
            }
        }
        return only(v, ok);
    }

    /** The coverage page of Chỉ thị 33: each document's row, its title marker and its number of covered themes. */
    Map<Integer, Set<State>> coveragePage(String html) {
        Map<Integer, Set<State>> out = new HashMap<>();
        for (int number : docs.numbers()) {
            int at = html.indexOf("<tr data-plan=\"" + docs.iri(number) + "\">");
            if (at < 0) {
                out.put(number, EnumSet.of(State.ABSENT));
                continue;
            }
            String row = html.substring(at, html.indexOf("</tr>", at));
            Version v = marked(row);
            int covered = row.split("class=\"covered\"", -1).length - 1;
            out.put(number, only(v, v != null && covered == docs.coveredThemes(docs.expected(number, v)).size()
                    && row.contains("<td class=\"total\">" + covered + "</td>")));
        }
        return out;
    }

    /** The coverage export of Chỉ thị 33 as CSV: each document's row, its title and its total. */
    Map<Integer, Set<State>> coverageCsv(String csv) {
        Map<String, CSVRecord> rows = new HashMap<>();
        try {
            for (CSVRecord r : CSVFormat.DEFAULT.parse(new StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv))) {
                rows.put(r.get(0), r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Integer, Set<State>> out = new HashMap<>();
        for (int number : docs.numbers()) {
            CSVRecord r = rows.get(docs.iri(number));
            if (r == null) {
                out.put(number, EnumSet.of(State.ABSENT));
                continue;
            }
            Set<State> states = EnumSet.noneOf(State.class);
            for (Version v : Version.values()) {
                Expected e = docs.expected(number, v);
                if (r.get(2).equals(e.title()) && r.get(r.size() - 1).equals(Integer.toString(docs.coveredThemes(e).size()))) {
                    states.add(State.of(v));
                }
            }
            out.put(number, states);
        }
        return out;
    }

    /**
     * The search page for a document's number: its document hit shows one version's title, and its task hits
     * only that version's task titles; no hit at all is an absent document.
     */
    Map<Integer, Set<State>> searchPage(String html, int number) {
        String docPath = path(docs.iri(number));
        Version v = null;
        boolean documentHit = false;
        Set<String> taskLabels = new TreeSet<>();
        Matcher m = HIT.matcher(html);
        while (m.find()) {
            if (m.group(1).equals("document") && m.group(2).equals(docPath)) {
                documentHit = true;
                v = marked(m.group(3));
            } else if (m.group(1).equals("task") && (m.group(2).startsWith(docPath + "/") || m.group(4).contains("\"" + docPath + "\""))) {
                taskLabels.add(m.group(3));
            }
        }
        if (!documentHit) {
            return Map.of(number, taskLabels.isEmpty() ? EnumSet.of(State.ABSENT) : only(null, false));
        }
        Set<String> titles = new TreeSet<>();
        if (v != null) {
            docs.expected(number, v).taskTitles().forEach(t -> titles.add(escaped(t)));
        }
        return Map.of(number, only(v, titles.containsAll(taskLabels)));
    }
}
