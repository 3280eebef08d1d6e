/**
 * Measuring extraction against the hand-checked gold data: facts of each kind reduced to comparable keys
 * ({@link org.directivegraph.evaluate.FactKeys}) and scored by precision and recall with every miss listed
 * ({@link org.directivegraph.evaluate.Score}).
 */
package org.directivegraph.evaluate;
