/**
 * Benchmarks at national scale (issue 6): a deterministic generator of plans for the real administrative units
 * ({@link org.directivegraph.bench.DatasetGenerator}), their rendering as plan texts in the style of the seeds
 * ({@link org.directivegraph.bench.PlanTextRenderer}), and the benchmark runner that measures DirectiveGraph against
 * references measured in the same run ({@link org.directivegraph.bench.Benchmarks}).
 */
package org.directivegraph.bench;
