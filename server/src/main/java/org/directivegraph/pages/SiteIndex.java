package org.directivegraph.pages;

import org.directivegraph.search.SearchIndex;
import org.directivegraph.store.DocumentsChanged;
import org.directivegraph.store.GraphStore;
import org.directivegraph.store.StoreReplaced;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The application's search index over the store. It is (re)built once the application is ready, after the seeds
 * may have been ingested on start, or on first use if a search comes earlier, and kept current after each
 * {@link DocumentsChanged}: the changed document is re-read from the store (removed if it is gone). After a
 * {@link StoreReplaced} (a restore) it is rebuilt.
 */
@Component
public class SiteIndex implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SiteIndex.class);

    private final GraphStore store;
    private SearchIndex index;

    public SiteIndex(GraphStore store) {
        this.store = store;
    }

    /** The current index, built now if it was not yet. */
    public synchronized SearchIndex index() {
        if (index == null) {
            long start = System.nanoTime();
            index = SearchIndex.build(store);
            log.info("Search index: {} entries in {} ms", index.size(), (System.nanoTime() - start) / 1_000_000);
        }
        return index;
    }

    /** Rebuilds the index once the application is ready (the seeds are stored by then). */
    @EventListener(ApplicationReadyEvent.class)
    public synchronized void rebuild() {
        SearchIndex old = index;
        index = null;
        index();
        if (old != null) {
            old.close();
        }
    }

    /** Rebuilds the index after the whole store was replaced (a restore). */
    @EventListener
    public void onReplaced(StoreReplaced event) {
        rebuild();
    }

    /** Re-reads the changed document. */
    @EventListener
    public void onChange(DocumentsChanged event) {
        SearchIndex current;
        synchronized (this) {
            current = index;
        }
        if (current != null) {
            current.update(store, event.documentIri());
        }
    }

    @Override
    public synchronized void close() {
        if (index != null) {
            index.close();
            index = null;
        }
    }
}
