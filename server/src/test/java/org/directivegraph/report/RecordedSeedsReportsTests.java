package org.directivegraph.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.directivegraph.store.KnowledgeStore;
import org.directivegraph.validate.RecordedSeeds;
import org.junit.jupiter.api.Test;

/**
 * The validation records of stored documents change no report: the home page counts and the quality report over
 * the seeds with their records are those over the bare seeds (and the records are not reported as findings).
 */
class RecordedSeedsReportsTests {

    @Test
    void countsAndQualityAreThoseOfTheBareSeeds() {
        QualityReport.Result bareQuality = new QualityReport(ReportStore.get()).compute();
        Counts.Result bare = new Counts(ReportStore.get()).compute(bareQuality, 5);
        try (KnowledgeStore recorded = RecordedSeeds.store()) {
            QualityReport.Result quality = new QualityReport(recorded).compute();
            assertThat(quality.items()).isNotEmpty().containsExactlyElementsOf(bareQuality.items());
            assertThat(quality.items()).noneMatch(i -> i.focus() != null && i.focus().contains("/validation"));
            Counts.Result counts = new Counts(recorded).compute(quality, 5);
            assertThat(counts).isEqualTo(bare);
            assertThat(counts.table().rows()).isEqualTo(bare.table().rows());
        }
    }
}
