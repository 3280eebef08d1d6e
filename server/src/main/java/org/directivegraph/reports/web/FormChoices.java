package org.directivegraph.reports.web;

import java.util.List;

import org.directivegraph.report.DocumentSummary;
import org.directivegraph.report.Labels;
import org.directivegraph.store.DocumentsChanged;
import org.directivegraph.store.GraphStore;
import org.directivegraph.store.KeptUntilChange;
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
    private final KeptUntilChange<List<DocumentSummary>> directives = new KeptUntilChange<>();
    private final KeptUntilChange<List<ReportChoices.Area>> areas = new KeptUntilChange<>();
    private final KeptUntilChange<List<ReportChoices.Area>> areasWithCommunes = new KeptUntilChange<>();
    private final KeptUntilChange<Labels> labels = new KeptUntilChange<>();

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
}
