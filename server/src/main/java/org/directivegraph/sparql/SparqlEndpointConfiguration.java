package org.directivegraph.sparql;

import jakarta.servlet.Filter;

import org.apache.jena.fuseki.servlets.FusekiFilter;
import org.directivegraph.query.SavedQueries;
import org.directivegraph.server.DirectiveGraphProperties;
import org.directivegraph.store.GraphStore;
import org.directivegraph.store.KnowledgeStore;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Wires {@code /sparql}: the guard ({@link SparqlGuardFilter}) first, then the engine: Apache Jena Fuseki's
 * filter over a read-only query service when the store is the embedded one, or {@link RemoteSparqlFilter} when
 * it is remote. Also the saved queries' runner used by {@code /queries} and the editor.
 */
@Configuration(proxyBeanMethods = false)
public class SparqlEndpointConfiguration {

    /** Where the guard runs among the filters: after Spring's character encoding filter, before the engine. */
    private static final int GUARD_ORDER = Ordered.HIGHEST_PRECEDENCE + 100;

    @Bean
    public QueryLimits sparqlQueryLimits(DirectiveGraphProperties properties) {
        return QueryLimits.of(properties);
    }

    @Bean(destroyMethod = "close")
    public BoundedExecution sparqlBoundedExecution(GraphStore store, QueryLimits limits) {
        return new BoundedExecution(store, limits);
    }

    @Bean
    public SavedQueryRuns savedQueryRuns(BoundedExecution execution) {
        return new SavedQueryRuns(SavedQueries.packaged(), execution);
    }

    @Bean
    public FilterRegistrationBean<SparqlGuardFilter> sparqlGuardFilter(QueryLimits limits) {
        FilterRegistrationBean<SparqlGuardFilter> bean = new FilterRegistrationBean<>(new SparqlGuardFilter(limits));
        bean.addUrlPatterns(ReadOnlyFuseki.PATH);
        bean.setOrder(GUARD_ORDER);
        bean.setName("sparqlGuard");
        return bean;
    }

    /** The engine behind the guard: Fuseki over the embedded dataset, or forwarding to the remote store. */
    @Bean
    public FilterRegistrationBean<Filter> sparqlEngineFilter(GraphStore store, BoundedExecution execution) {
        Filter engine = store instanceof KnowledgeStore ? new FusekiFilter() : new RemoteSparqlFilter(execution);
        FilterRegistrationBean<Filter> bean = new FilterRegistrationBean<>(engine);
        bean.addUrlPatterns(ReadOnlyFuseki.PATH);
        bean.setOrder(GUARD_ORDER + 1);
        bean.setName("sparqlEngine");
        return bean;
    }

    /** Puts Fuseki's registries for the read-only service in the servlet context (embedded store only). */
    @Bean
    public ServletContextInitializer sparqlFusekiRegistries(GraphStore store, QueryLimits limits) {
        return servletContext -> {
            if (store instanceof KnowledgeStore embedded) {
                new ReadOnlyFuseki(embedded.dataset().asDatasetGraph(), limits).install(servletContext);
            }
        };
    }
}
