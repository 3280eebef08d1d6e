package org.directivegraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.directivegraph.store.GraphNames;
import org.directivegraph.store.GraphStore;
import org.directivegraph.store.ReferenceData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The application started with no configuration but a store folder: reference data and the seeds are in. */
@ApplicationIntegrationTest
class ApplicationStartIntegrationTests {

    @Autowired
    GraphStore store;

    @Test
    void referenceDataAndTheFiveSeedPlansAreLoadedOnFirstStart() {
        assertThat(ReferenceData.loadedFingerprint(store)).isEqualTo(ReferenceData.fingerprint());
        List<String> documents = store.graphNames().stream().filter(g -> !GraphNames.isReference(g)).toList();
        assertThat(documents).hasSize(5);
        assertThat(store.graphNames()).contains(GraphNames.ONTOLOGY, GraphNames.SHAPES, GraphNames.UNITS);
    }
}
