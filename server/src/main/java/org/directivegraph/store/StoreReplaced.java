package org.directivegraph.store;

import org.springframework.context.ApplicationEvent;

/**
 * Published after the whole content of the store was replaced (a restore from a backup), so that everything derived
 * from the store (the search index, the quality result, the documents the ingester knows) is rebuilt from it. A change
 * of one document publishes {@link DocumentsChanged} instead.
 */
public class StoreReplaced extends ApplicationEvent {

    private static final long serialVersionUID = 1L;

    private final long quads;

    /** The store now holds {@code quads} quads. */
    public StoreReplaced(Object source, long quads) {
        super(source);
        this.quads = quads;
    }

    /** The number of quads restored. */
    public long quads() {
        return quads;
    }
}
