package org.directivegraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.SKOS;
import org.directivegraph.store.PackagedData;
import org.directivegraph.vocab.DG;
import org.directivegraph.vocab.Vocab;

/** The Vietnamese keywords of each theme of vocab/theme, read from the packaged vocabulary (data, not code). */
public final class ThemeKeywords {

    private ThemeKeywords() {
    }

    /** Theme IRI -> keywords. */
    public static Map<String, List<String>> packaged() {
        Model m = ModelFactory.createModelForGraph(PackagedData.graph("ontology/vocab/theme.ttl"));
        Map<String, List<String>> map = new TreeMap<>();
        String prefix = Vocab.BASE + Vocab.THEME + "/";
        m.listSubjectsWithProperty(SKOS.inScheme).forEachRemaining(c -> {
            if (c.getURI().startsWith(prefix)) {
                List<String> words = new ArrayList<>();
                c.listProperties(DG.keyword).forEachRemaining(st -> words.add(st.getString()));
                map.put(c.getURI(), words);
            }
        });
        return map;
    }
}
