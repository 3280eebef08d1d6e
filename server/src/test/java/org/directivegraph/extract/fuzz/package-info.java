/**
 * Property-based and fuzz tests of reading plans: random and mutated plan texts through the
 * {@link org.directivegraph.extract.Extractor} and the document graph builder, and damaged Word, PDF and text files
 * through the {@link org.directivegraph.extract.source.DocumentReader}. Every input runs on a worker thread under a
 * per-document time limit, with its allocation measured; the properties are: no hang, no exception but the
 * documented refusal, allocation within a stated multiple of the input size plus a constant, and the same facts from
 * decomposed (NFD) as from composed (NFC) Vietnamese. Inputs come from a seeded generator: a failure prints the seed,
 * the input's index and mutations, and saves the input under {@code target/fuzz-failures/}. The short run is part
 * of the suite; {@code -Dfuzz.iterations=20000} runs a long one (see {@link org.directivegraph.extract.fuzz.FuzzSettings}).
 */
package org.directivegraph.extract.fuzz;
