/**
 * DirectiveGraph: a knowledge graph of Vietnamese government directives, plans and obligations. Feature
 * packages: {@code vocab} (ontology names), {@code store} (the store and packaged data), {@code units}
 * (administrative units), {@code validate} (SHACL shapes), {@code query} (saved queries), {@code cli}.
 */
package org.directivegraph;
