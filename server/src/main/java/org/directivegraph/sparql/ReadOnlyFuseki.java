package org.directivegraph.sparql;

import jakarta.servlet.ServletContext;

import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.server.OperationRegistry;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.util.Context;

/**
 * Fuseki's registries for one read-only service at {@code /sparql}: the SPARQL query operation, and nothing
 * else, over the store's dataset, with the operator's timeout in the service's own context (the store's
 * context, used by ingestion and validation, is left alone). {@link #install} puts them in the servlet
 * context, where Fuseki's filter looks for them.
 */
public final class ReadOnlyFuseki {

    /** The path the service answers at. */
    public static final String PATH = "/sparql";

    private final DataAccessPointRegistry accessPoints = new DataAccessPointRegistry();
    private final OperationRegistry operations = OperationRegistry.createEmpty();

    /** A query-only service over {@code dataset}, stopping queries after {@code limits.timeout()}. */
    public ReadOnlyFuseki(DatasetGraph dataset, QueryLimits limits) {
        Context context = dataset.getContext().copy();
        long ms = limits.timeout().toMillis();
        // first row and whole query alike
        context.set(ARQ.queryTimeout, ms + "," + ms);
        DatasetGraph service = new DatasetGraphWrapper(dataset, context);
        operations.register(Operation.Query, new SPARQL_QueryDataset());
        DataService dataService = DataService.newBuilder(service).withStdServices(false).addEndpoint(Operation.Query).build();
        dataService.setEndpointProcessors(operations);
        dataService.goActive();
        accessPoints.register(new DataAccessPoint(PATH, dataService));
    }

    /** Makes the service visible to Fuseki's filter in this servlet context. */
    public void install(ServletContext servletContext) {
        OperationRegistry.set(servletContext, operations);
        DataAccessPointRegistry.set(servletContext, accessPoints);
    }
}
