package org.directivegraph.vocab;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * IRIs of the SKOS concepts of {@code ontology/vocab/}: {@code vocab/{scheme}/{code}}.
 * The concepts themselves (labels, keywords) are data, read from the store; this class only
 * names the schemes.
 */
public final class Vocab {

    /** Base of all concept schemes. */
    public static final String BASE = "https://w3id.org/directivegraph/vocab/";

    /** Document types (vocab/doc-type). */
    public static final String DOC_TYPE = "doc-type";
    /** Levels of government (vocab/level). */
    public static final String LEVEL = "level";
    /** Roles of bodies (vocab/role). */
    public static final String ROLE = "role";
    /** Recurrences of obligations (vocab/recurrence). */
    public static final String RECURRENCE = "recurrence";
    /** Themes of tasks (vocab/theme). */
    public static final String THEME = "theme";
    /** Citation roles (vocab/citation-role). */
    public static final String CITATION_ROLE = "citation-role";

    private Vocab() {
    }

    /** The IRI of concept {@code code} of scheme {@code scheme}. */
    public static String iri(String scheme, String code) {
        return BASE + scheme + "/" + code;
    }

    /** The concept {@code code} of scheme {@code scheme} as a resource. */
    public static Resource concept(String scheme, String code) {
        return ResourceFactory.createResource(iri(scheme, code));
    }
}
