/**
 * Linked-data publishing: every IRI under {@code https://w3id.org/directivegraph/} dereferences on this server
 * with content negotiation (HTML pages, Turtle, JSON-LD compacted with the published context, N-Triples,
 * RDF/XML), the ontology and shapes at their namespace IRIs, the VoID/DCAT description of the dataset and a
 * streamed gzip N-Quads dump. Reads go through {@link org.directivegraph.store.GraphStore#query} with IRIs
 * bound as terms, so the same pages are served over the embedded and the remote store. Page renderers are
 * plain classes (one per kind of page) over {@link org.directivegraph.publish.Html}; controllers are thin.
 */
package org.directivegraph.publish;
