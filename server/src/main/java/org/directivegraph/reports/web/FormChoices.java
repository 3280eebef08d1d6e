package org.directivegraph.reports.web;

import java.util.List;
import java.util.function.Supplier;

import org.directivegraph.report.DocumentSummary;
import org.directivegraph.report.Labels;
import org.directivegraph.store.DocumentsChanged;
import org.directivegraph.store.GraphStore;
import org.directivegraph.store.StoreReplaced;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What the report forms offer (the directives something implements, the areas, the code-list labels), read from
 * the whole store and so the same for every request until the store changes: kept after first use and forgotten on
 * {@link DocumentsChanged} and {@link StoreReplaced} (and once the application is ready, after the seeds). Without it, every coverage page
 * paid for these lists again, more than the matrix itself at a province's size.
 */
@Component
public class FormChoices {

    private final ReportChoices choices;
    private final GraphStore store;
    private final Kept<List<DocumentSummary>> directives = new Kept<>();
    private final Kept<List<ReportChoices.Area>> areas = new Kept<>();
    private final Kept<List<ReportChoices.Area>> areasWithCommunes = new Kept<>();
    private final Kept<Labels> labels = new Kept<>();

    public FormChoices(GraphStore store) {
        this.store = store;
        this.choices = new ReportChoices(store);
    }

    /** {@link ReportChoices#directives()}, as of the last change. */
    public List<DocumentSummary> directives() {
        return directives.get(choices::directives);
    }

    /** {@link ReportChoices#areas(boolean)}, as of the last change. */
    public List<ReportChoices.Area> areas(boolean withCommunes) {
        return withCommunes ? areasWithCommunes.get(() -> choices.areas(true)) : areas.get(() -> choices.areas(false));
    }

    /** The code-list labels, as of the last change. */
    public Labels labels() {
        return labels.get(() -> Labels.load(store));
    }

    /** Forgets everything: the next request reads the store again. */
    public void invalidate() {
        directives.forget();
        areas.forget();
        areasWithCommunes.forget();
        labels.forget();
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

    /**
     * One value computed on first use and kept until {@link #forget()}; a value computed while a change came in is
     * handed out but not kept, so a reader never keeps seeing the store from before the change.
     */
    static final class Kept<T> {
        private T value;
        private long generation;

        T get(Supplier<T> compute) {
            long asked;
            synchronized (this) {
                if (value != null) {
                    return value;
                }
                asked = generation;
            }
            T computed = compute.get();
            synchronized (this) {
                if (generation == asked) {
                    value = computed;
                }
            }
            return computed;
        }

        synchronized void forget() {
            value = null;
            generation++;
        }
    }
}
