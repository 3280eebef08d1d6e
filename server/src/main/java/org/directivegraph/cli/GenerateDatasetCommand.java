package org.directivegraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.directivegraph.bench.DatasetGenerator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Writes a generated national dataset (benchmarks, issue 6) as gzipped N-Quads, and optionally the plan texts. */
@Command(name = "generate-dataset", mixinStandardHelpOptions = true,
        description = {"Generate a dataset of plans for the real administrative units, deterministic by seed: Central",
            "directives, and province, district and commune plans implementing them, one named graph per document,",
            "with realistic defects (blank numbers, missing plans, citations of replaced documents). For benchmarks."},
        footer = {"", "Examples:",
            "  java -jar directivegraph.jar generate-dataset --scope 01 --seed 42 --out target/bench/one-province.nq.gz",
            "  java -jar directivegraph.jar generate-dataset --scope country --years 6 --out target/bench/country.nq.gz"})
public class GenerateDatasetCommand implements Callable<Integer> {

    @Option(names = "--scope", defaultValue = "01", paramLabel = "CODE",
            description = "A province code (2 digits), a district code (3 digits) or 'country'. Default: ${DEFAULT-VALUE}")
    String scope;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed. Default: ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--years", defaultValue = "1", description = "Years of plans, ending with 2024. Default: ${DEFAULT-VALUE}")
    int years;

    @Option(names = "--limit", defaultValue = "0", paramLabel = "N", description = "Most communes per district (0: all). Default: ${DEFAULT-VALUE}")
    int limit;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "N-Quads file to write (gzipped).")
    Path out;

    @Option(names = "--texts", paramLabel = "DIR", description = "Also write each plan's text into this folder.")
    Path texts;

    @Override
    public Integer call() throws Exception {
        DatasetGenerator.Options options;
        try {
            options = new DatasetGenerator.Options(scope, seed, years, limit);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        if (texts != null) {
            java.nio.file.Files.createDirectories(texts);
        }
        long start = System.nanoTime();
        DatasetGenerator.Summary s;
        try {
            s = DatasetGenerator.packaged().generate(options, out, g -> {
                if (texts != null) {
                    try {
                        java.nio.file.Files.writeString(texts.resolve(g.text().fileName()), g.text().text());
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            });
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        System.out.printf("Wrote %,d triples in %,d graphs (%,d plans: %,d with a blank number, %,d missing, %,d citing a replaced directive) to %s in %.1f s%n",
                s.triples(), s.graphs(), s.plans(), s.blankNumbers(), s.missingPlans(), s.replacedCitations(), out,
                (System.nanoTime() - start) / 1e9);
        return 0;
    }
}
