package org.directivegraph.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Statement;
import org.directivegraph.vocab.DG;

/**
 * The documents already described (reference data, ingested documents), indexed for matching a citation:
 * by the key of the number and symbol ("33/CT- TTg" and "33/CT-TTg" meet), and by type and date for
 * documents cited without a number ("Luật Thực hiện dân chủ ở cơ sở ngày 10/11/2022").
 */
public final class KnownDocuments {

    /** A known document: its IRI and the code of its issuing unit segment. */
    public record Known(String iri, String type, String date) {
    }

    private final Map<String, List<Known>> byNumber = new HashMap<>();
    private final Map<String, List<Known>> byTypeAndDate = new HashMap<>();
    private final Map<String, List<Known>> byTypeAndTitle = new HashMap<>();

    /** Indexes every document with a type in the graph. */
    public KnownDocuments(Graph graph) {
        Model m = ModelFactory.createModelForGraph(graph);
        m.listSubjectsWithProperty(DG.documentType).forEachRemaining(d -> {
            if (!d.isURIResource()) {
                return;
            }
            String type = d.getPropertyResourceValue(DG.documentType).getURI().replaceAll(".*/", "");
            Statement date = d.getProperty(DG.dateIssued);
            Known k = new Known(d.getURI(), type, date == null ? null : date.getString());
            Statement ns = d.getProperty(DG.numberAndSymbol);
            if (ns != null) {
                byNumber.computeIfAbsent(Keys.key(ns.getString()), x -> new ArrayList<>()).add(k);
            }
            if (date != null) {
                byTypeAndDate.computeIfAbsent(type + " " + date.getString(), x -> new ArrayList<>()).add(k);
            }
            Statement title = d.getProperty(DG.title);
            if (title != null) {
                // "Luật Thực hiện dân chủ ở cơ sở": indexed by type and the title without its type word
                String t = title.getString().replaceFirst("(?iu)^(luật|bộ luật|pháp lệnh|hiến pháp)\\s+", "");
                byTypeAndTitle.computeIfAbsent(type + " " + Keys.key(t), x -> new ArrayList<>()).add(k);
            }
        });
    }

    /** Known documents with this number and symbol (any spacing). */
    public List<Known> withNumber(String numberAndSymbol) {
        return byNumber.getOrDefault(Keys.key(numberAndSymbol), List.of());
    }

    /** Known documents of this type issued on this date. */
    public List<Known> withTypeAndDate(String type, String date) {
        return byTypeAndDate.getOrDefault(type + " " + date, List.of());
    }

    /** Known documents of this type whose title (without the type word) is this subject: laws cited by name. */
    public List<Known> withTypeAndTitle(String type, String subject) {
        return byTypeAndTitle.getOrDefault(type + " " + Keys.key(subject), List.of());
    }
}
