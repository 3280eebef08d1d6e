package org.directivegraph.pages;

import java.time.Instant;

import org.directivegraph.report.QualityReport;
import org.directivegraph.store.DocumentsChanged;
import org.directivegraph.store.GraphStore;
import org.directivegraph.store.KeptUntilChange;
import org.directivegraph.store.StoreReplaced;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The quality result of the whole store ({@link QualityReport}), which takes seconds: computed on first use and
 * again on the first use after a {@link DocumentsChanged} (or after start, once the seeds are stored). Shared by
 * the home page's counts and the quality page.
 */
@Component
public class QualityCache {

    private final GraphStore store;
    private final KeptUntilChange<Computed> kept = new KeptUntilChange<>();

    /** A result and when it was computed. */
    private record Computed(QualityReport.Result result, Instant at) {
    }

    public QualityCache(GraphStore store) {
        this.store = store;
    }

    /** The quality result of the store as it is now. */
    public QualityReport.Result current() {
        return kept.get(() -> new Computed(new QualityReport(store).compute(), Instant.now())).result();
    }

    /** When the result {@link #current()} gives was computed, or {@code null} before the first. */
    public Instant computedAt() {
        Computed c = kept.peek();
        return c == null ? null : c.at();
    }

    /** Forgets the result: the next {@link #current()} recomputes it. */
    public void invalidate() {
        kept.forget();
    }

    /** The store changed. */
    @EventListener
    public void onChange(DocumentsChanged event) {
        invalidate();
    }

    /** The whole store was replaced (a restore). */
    @EventListener
    public void onReplaced(StoreReplaced event) {
        invalidate();
    }

    /** The seeds may have been stored on start. */
    @EventListener(ApplicationReadyEvent.class)
    public void onReady() {
        invalidate();
    }
}
