package org.directivegraph.publish;

import org.directivegraph.store.GraphStore;
import org.directivegraph.validate.PlanShapes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The publishing beans: the publisher over the application's store, with its cache of validation findings. */
@Configuration(proxyBeanMethods = false)
public class PublishConfiguration {

    /** Findings of ingested documents, cached per document graph. */
    @Bean
    public DocumentFindings documentFindings(GraphStore store) {
        return new DocumentFindings(store, PlanShapes.packaged());
    }

    /** What each published URL shows. */
    @Bean
    public Publisher publisher(GraphStore store, DocumentFindings findings) {
        return new Publisher(store, findings);
    }
}
