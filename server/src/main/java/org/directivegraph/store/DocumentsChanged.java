package org.directivegraph.store;

import org.springframework.context.ApplicationEvent;

/**
 * Published after a document was stored or deleted through the API, so that what is derived from the store
 * (the search index, cached reports) can catch up. Not published when an ingest was refused.
 */
public class DocumentsChanged extends ApplicationEvent {

    private final String documentIri;

    /** A change of the document {@code documentIri}. */
    public DocumentsChanged(Object source, String documentIri) {
        super(source);
        this.documentIri = documentIri;
    }

    /** The document stored or deleted. */
    public String documentIri() {
        return documentIri;
    }
}
