package org.directivegraph.server;

import java.util.List;

import org.directivegraph.ingest.Ingester;
import org.directivegraph.store.GraphNames;
import org.directivegraph.store.GraphStore;
import org.directivegraph.store.PackagedData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * On start, when the store holds no document yet, ingests the texts of the five seed plans through the whole
 * pipeline (read, extract, resolve, validate, store), so that a newcomer sees real data at once. Turned off
 * with {@code directivegraph.seeds.ingest-on-start=false}.
 */
@Component
public class SeedsOnStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SeedsOnStart.class);

    private final GraphStore store;
    private final ObjectProvider<Ingester> ingester;
    private final DirectiveGraphProperties properties;

    public SeedsOnStart(GraphStore store, ObjectProvider<Ingester> ingester, DirectiveGraphProperties properties) {
        this.store = store;
        this.ingester = ingester;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (!properties.getSeeds().isIngestOnStart()) {
            return;
        }
        List<String> documents = store.graphNames().stream().filter(g -> !GraphNames.isReference(g)).toList();
        if (!documents.isEmpty()) {
            return;
        }
        for (Resource r : PackagedData.resources("data/seeds/*.txt")) {
            try (var in = r.getInputStream()) {
                Ingester.Result result = ingester.getObject().ingest(r.getFilename(), in, false, true);
                log.info("Seed {}: {}", r.getFilename(), result.stored() ? result.triples() + " triples, " + result.findings().size()
                        + " findings" : "not stored: " + result.refusal());
            }
        }
    }
}
