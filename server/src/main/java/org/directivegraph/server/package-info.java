/**
 * The application's wiring: {@link org.directivegraph.server.DirectiveGraphProperties} (what an operator sets),
 * {@link org.directivegraph.server.StoreConfiguration} (the embedded or remote store, with its reference data
 * loaded), {@link org.directivegraph.server.SeedsOnStart} (the seed plans ingested into an empty store),
 * {@link org.directivegraph.server.StoreFaultFilter} (503 to everything once the store is faulted) and
 * {@link org.directivegraph.server.KnownDocumentsRefresh} (the ingester re-reads its documents after a restore).
 * The features that serve HTTP live in their own packages: {@code sparql}, {@code publish}, {@code api}.
 */
package org.directivegraph.server;
