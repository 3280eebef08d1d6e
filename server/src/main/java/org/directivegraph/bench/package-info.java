/**
 * Benchmarks at national scale (issue 6): a deterministic generator of plans for the real administrative units
 * ({@link org.directivegraph.bench.DatasetGenerator}), their rendering as plan texts in the style of the seeds
 * ({@link org.directivegraph.bench.PlanTextRenderer}), and the benchmark runner that measures DirectiveGraph against
 * references measured in the same run ({@link org.directivegraph.bench.Benchmarks}); for the benchmarks of DirectiveGraph
 * as a server (4 latency, 5 load, 7 memory and start-up), {@link org.directivegraph.bench.ServerBenchmarks} runs it and a
 * plain Fuseki as child processes over copies of the same store, this JVM being the load generator.
 */
package org.directivegraph.bench;
