package org.directivegraph.extract.fuzz;

import java.time.Duration;
import java.util.OptionalInt;
import java.util.Random;

/**
 * The settings of a fuzz run, from system properties (Maven passes {@code -D} options on to the tests):
 *
 * <ul>
 * <li>{@code fuzz.seed}: the seed of the generator (default {@value #DEFAULT_SEED}, so that the suite is
 * reproducible; {@code random} picks one, printed at the start);</li>
 * <li>{@code fuzz.iterations}: how many inputs each randomised test tries (default: the test's short count);</li>
 * <li>{@code fuzz.timeout}: the time limit per document in seconds (default {@value #DEFAULT_TIMEOUT_SECONDS}: a
 * plan takes well under a second, a hang never ends);</li>
 * <li>{@code fuzz.only}: the index of the one input to run again (with the seed of the failing run);</li>
 * <li>{@code fuzz.scale}: how big the big inputs are (megabyte lines, thousands of items), as a fraction of full size:
 * {@value #SHORT_SCALE} in the short run, 1 when {@code fuzz.iterations} is given (quadratic work is caught at
 * small sizes too, by {@code LinearGrowthTests}).</li>
 * </ul>
 *
 * <pre>
 * ./mvnw -B -o test -pl server -Dtest='*FuzzTests' -Dfuzz.iterations=20000 -Dfuzz.seed=random
 * </pre>
 */
record FuzzSettings(long seed, OptionalInt iterations, Duration timeout, OptionalInt only, double scale) {

    static final long DEFAULT_SEED = 20261123L;
    static final int DEFAULT_TIMEOUT_SECONDS = 60;
    static final double SHORT_SCALE = 0.15;

    /** The settings given to this JVM. */
    static FuzzSettings fromSystem() {
        String seedText = System.getProperty("fuzz.seed", "").strip();
        long seed = seedText.isEmpty() ? DEFAULT_SEED : seedText.equals("random") ? new Random().nextLong() : Long.parseLong(seedText);
        OptionalInt iterations = integer("fuzz.iterations");
        String scale = System.getProperty("fuzz.scale", "").strip();
        return new FuzzSettings(seed, iterations, Duration.ofSeconds(integer("fuzz.timeout").orElse(DEFAULT_TIMEOUT_SECONDS)),
                integer("fuzz.only"), !scale.isEmpty() ? Double.parseDouble(scale) : iterations.isPresent() ? 1.0 : SHORT_SCALE);
    }


    private static OptionalInt integer(String property) {
        String v = System.getProperty(property, "").strip();
        return v.isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(v));
    }

    /** The number of inputs a test tries: {@code fuzz.iterations}, else its short count. */
    int iterationsOr(int shortCount) {
        return iterations.orElse(shortCount);
    }

    /** Whether input {@code index} is run ({@code fuzz.only} picks one). */
    boolean runs(int index) {
        return only.isEmpty() || only.getAsInt() == index;
    }

    /** The generator of input {@code index} of a test: the same for the same seed, test and index. */
    Random random(String test, int index) {
        return new Random(seed ^ (test.hashCode() * 0x9E3779B97F4A7C15L) ^ (index * 0xC2B2AE3D27D4EB4FL));
    }
}
