package org.directivegraph.server;

import org.directivegraph.ingest.Ingester;
import org.directivegraph.store.StoreReplaced;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * After a restore replaced the whole store, the ingester forgets the documents it had learnt and reads them again
 * from the store, so that the next ingest resolves citations against what is really there.
 */
@Component
public class KnownDocumentsRefresh {

    private final ObjectProvider<Ingester> ingester;

    public KnownDocumentsRefresh(ObjectProvider<Ingester> ingester) {
        this.ingester = ingester;
    }

    /** Reloads the ingester's known documents. */
    @EventListener
    public void onReplaced(StoreReplaced event) {
        ingester.ifAvailable(Ingester::reloadKnownDocuments);
    }
}
