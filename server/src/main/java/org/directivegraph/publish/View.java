package org.directivegraph.publish;

import java.util.function.Supplier;

import org.apache.jena.graph.Graph;

/**
 * What is published at one URL: the RDF graph (written in the RDF formats) and the HTML page made from it, made
 * only when HTML is asked for.
 */
public record View(Graph graph, Supplier<String> html) {
}
