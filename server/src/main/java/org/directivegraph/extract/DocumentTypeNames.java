package org.directivegraph.extract;

import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.SKOS;
import org.directivegraph.store.PackagedData;
import org.directivegraph.vocab.Vocab;

/** The official abbreviation (skos:notation of vocab/doc-type) of each document-type code: kh -> KH, qyd -> QyĐ. */
public final class DocumentTypeNames {

    private DocumentTypeNames() {
    }

    /** Code -> abbreviation, read from the packaged vocabulary. */
    public static Map<String, String> abbreviations() {
        Model m = ModelFactory.createModelForGraph(PackagedData.graph("ontology/vocab/doc-type.ttl"));
        Map<String, String> map = new TreeMap<>();
        String prefix = Vocab.BASE + Vocab.DOC_TYPE + "/";
        m.listStatements(null, SKOS.notation, (org.apache.jena.rdf.model.RDFNode) null).forEachRemaining(st -> {
            String iri = st.getSubject().getURI();
            if (iri != null && iri.startsWith(prefix)) {
                map.put(iri.substring(prefix.length()), st.getString());
            }
        });
        map.put("luat", "Luật");
        return map;
    }
}
