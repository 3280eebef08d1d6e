/**
 * Names of the DirectiveGraph vocabulary: {@link org.directivegraph.vocab.DG} holds one constant per
 * ontology term (its Javadoc is the term's comment) and {@link org.directivegraph.vocab.Vocab} names the
 * SKOS concept schemes. The meaning lives in {@code ontology/}; these classes only let Java code refer to
 * it without string literals.
 */
package org.directivegraph.vocab;
