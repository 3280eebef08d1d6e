package org.directivegraph.reports.web;

import java.time.Duration;
import java.time.Instant;

import org.directivegraph.report.QualityReport;
import org.directivegraph.store.GraphStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The last data-quality result, kept because validating every document graph takes a while. It is computed
 * on first use and again when it is older than {@code directivegraph.reports.quality-max-age} (default 10
 * minutes) or when asked to ({@code /quality?refresh}); the store does not tell when it last changed, so a
 * page may show findings up to that age old. (After the pages are merged, the home page's cache should take over.)
 */
@Component
public class QualityResults {

    private final GraphStore store;
    private final Duration maxAge;
    private QualityReport.Result result;
    private Instant computed;

    public QualityResults(GraphStore store, @Value("${directivegraph.reports.quality-max-age:PT10M}") Duration maxAge) {
        this.store = store;
        this.maxAge = maxAge;
    }

    /** The cached result, recomputed when missing or older than the maximum age. */
    public synchronized QualityReport.Result current() {
        if (result == null || computed.plus(maxAge).isBefore(Instant.now())) {
            return refresh();
        }
        return result;
    }

    /** Recomputes the result now. */
    public synchronized QualityReport.Result refresh() {
        result = new QualityReport(store).compute();
        computed = Instant.now();
        return result;
    }

    /** When the cached result was computed, or {@code null} if never. */
    public synchronized Instant computedAt() {
        return computed;
    }
}
