package org.directivegraph.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Labels of the code lists in both languages. */
class LabelsTests {

    @Test
    void levelsInVietnameseAndEnglish() {
        Labels labels = Labels.load(ReportStore.get());
        String central = "https://w3id.org/directivegraph/vocab/level/central";
        assertThat(labels.label(central, "vi", "?")).isEqualTo("Trung ương");
        assertThat(labels.label(central, "en", "?")).isEqualTo("Central");
        assertThat(labels.label(central, "fr", "?")).isEqualTo("Trung ương");
        assertThat(labels.label("https://example.org/none", "en", "fallback")).isEqualTo("fallback");
        assertThat(labels.label(null, "en", "")).isEmpty();
    }
}
