package org.directivegraph.reliability;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.jena.graph.Graph;
import org.directivegraph.bench.DatasetGenerator;
import org.directivegraph.ingest.Ingester;
import org.directivegraph.store.GraphNames;
import org.directivegraph.store.KnowledgeStore;
import org.directivegraph.store.ReferenceData;

/**
 * A batch of generated plan texts ({@link DatasetGenerator}: a province's plan, its district's plan and the plans of
 * the district's communes, in the order they implement each other) and, for each, the graph a sequential ingest
 * without any crash gives it: the texts ingested one after the other, as the server does, into a reference store
 * with the same reference data. A document the reference store refuses has no graph (it must be absent everywhere).
 */
final class PlanBatch {

    /** One plan: the file name it is sent with, its text, its document IRI and its reference graph (empty when refused). */
    record Plan(String fileName, String text, String iri, Graph graph) {
        /** Its document graph's name. */
        String graphName() {
            return GraphNames.ofDocument(iri);
        }

        /** Whether the reference ingest stored it. */
        boolean stored() {
            return !graph.isEmpty();
        }
    }

    private final List<Plan> plans;
    private final Map<String, Long> referenceGraphs;

    private PlanBatch(List<Plan> plans, Map<String, Long> referenceGraphs) {
        this.plans = plans;
        this.referenceGraphs = referenceGraphs;
    }

    /**
     * The first {@code size} plans of district {@code district}'s dataset (up to ten years of it: 160 plans for district
     * 001 and its 14 wards), ingested into a reference store.
     */
    static PlanBatch generate(String district, int size) {
        Map<String, String> texts = new LinkedHashMap<>();
        DatasetGenerator.packaged().generate(new DatasetGenerator.Options(district, 42, Math.min(10, size / 12 + 1), 0), OutputStream.nullOutputStream(), g -> {
            if (texts.size() < size) {
                texts.put(g.text().fileName(), g.text().text());
            }
        });
        if (texts.size() < size) {
            throw new IllegalStateException("district " + district + " gives only " + texts.size() + " plans, not " + size);
        }
        List<Plan> plans = new ArrayList<>();
        Map<String, Long> referenceGraphs = new LinkedHashMap<>();
        Path folder = BaseStore.copyTo(Path.of("target/reliability", "reference-" + UUID.randomUUID()).toAbsolutePath());
        KnowledgeStore reference = KnowledgeStore.openTdb2(folder);
        try {
            if (ReferenceData.ensureLoaded(reference).loaded()) {
                throw new IllegalStateException("the base store's reference data is out of date");
            }
            referenceGraphs.putAll(BaseStore.graphSizes(reference));
            Ingester ingester = new Ingester(reference);
            texts.forEach((name, text) -> {
                Ingester.Result r = ingester.ingest(name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), false, true);
                if (r.documentIri() == null) {
                    throw new IllegalStateException(name + " could not be read: " + r.refusal());
                }
                plans.add(new Plan(name, text, r.documentIri(), r.stored() ? reference.graph(GraphNames.ofDocument(r.documentIri()))
                        : org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph()));
            });
        } finally {
            BaseStore.release(reference);
            BaseStore.deleteTree(folder);
        }
        return new PlanBatch(plans, referenceGraphs);
    }

    /** The plans, in the order they are sent. */
    List<Plan> plans() {
        return plans;
    }

    /** The sizes of the reference data graphs, by name (the graphs every store has before any document). */
    Map<String, Long> referenceGraphs() {
        return referenceGraphs;
    }

    /** How many the reference ingest stored. */
    long stored() {
        return plans.stream().filter(Plan::stored).count();
    }
}
