package org.directivegraph.extract.fuzz;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs fuzz inputs one at a time on a worker thread and checks the properties every input must have: it finishes
 * within the time limit, throws nothing (the work says what is an acceptable refusal), and allocates at most
 * {@link Budget#bytesPerUnit} bytes per unit of input plus {@link Budget#constantBytes}, measured with
 * {@link com.sun.management.ThreadMXBean#getThreadAllocatedBytes(long[])} over the threads of the JVM while the input
 * runs (all bytes allocated, garbage included: a quadratic algorithm shows up as allocation growing with the square
 * of the input).
 *
 * <p>Each failure is kept with the seed, the index and the mutations of its input, which is saved under
 * {@code target/fuzz-failures/}; {@link #finish()} prints the figures of the run, writes them to
 * {@code target/fuzz-report/}, and fails the test when anything failed. After a hang the run stops: the stuck
 * worker cannot be stopped and would slow down every later input.
 */
final class FuzzHarness {

    /** What one input may allocate: {@code bytesPerUnit} per unit of its size, plus {@code constantBytes}. */
    record Budget(long bytesPerUnit, long constantBytes) {
        long of(long units) {
            return constantBytes + bytesPerUnit * units;
        }

        @Override
        public String toString() {
            return bytesPerUnit + " bytes per unit of input + " + (constantBytes >> 20) + " MiB";
        }
    }

    /** The work on one input: returns the size the budget counts and what became of the input ("read", "refused: …"). */
    interface Work {
        Outcome run(FuzzInput input) throws Exception;
    }

    /** What became of an input, and its size in units of the budget. */
    record Outcome(long units, String kind) {
    }

    private record Measured(Outcome outcome, long allocated, long nanos, Throwable error) {
    }

    static final Path FAILURES = Path.of("target", "fuzz-failures");
    static final Path REPORTS = Path.of("target", "fuzz-report");
    private static final int MAX_REPORTED = 10;
    /** Inputs at least this large show the bytes allocated per unit (in smaller ones the constant dominates). */
    private static final long LARGE = 100_000;

    private final String suite;
    private final FuzzSettings settings;
    private final Budget budget;
    private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private final List<String> failures = new ArrayList<>();
    private final TreeMap<String, Integer> kinds = new TreeMap<>();
    private ExecutorService worker = newWorker();
    private boolean hung;
    private int inputs;
    private long maxNanos;
    private String slowest = "";
    private long maxAllocated;
    private String mostAllocating = "";
    private double maxRatio;
    private long largestInput;

    FuzzHarness(String suite, FuzzSettings settings, Budget budget) {
        this.suite = suite;
        this.settings = settings;
        this.budget = budget;
        if (!threads.isThreadAllocatedMemorySupported()) {
            throw new IllegalStateException("this JVM does not measure allocation per thread");
        }
        threads.setThreadAllocatedMemoryEnabled(true);
        System.out.println("[" + suite + "] fuzz seed " + settings.seed() + " (replay with -Dfuzz.seed=" + settings.seed()
                + "), time limit " + settings.timeout().toSeconds() + " s per document, allocation budget " + budget);
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-worker");
            t.setDaemon(true);
            return t;
        });
    }

    /** Whether the run stopped (after a hang). */
    boolean stopped() {
        return hung;
    }

    /** Runs {@code work} on input {@code index} and checks the properties. */
    void run(int index, FuzzInput input, Work work) {
        if (hung) {
            return;
        }
        inputs++;
        largestInput = Math.max(largestInput, input.size());
        Future<Measured> future = worker.submit(() -> measure(input, work));
        Measured m;
        try {
            m = future.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            hung = true;
            future.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            fail(index, input, "did not finish within " + settings.timeout().toSeconds() + " s (a hang); the run stops here");
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            fail(index, input, "the harness failed: " + e.getCause());
            return;
        }
        if (m.error() != null) {
            fail(index, input, stackTop(m.error()));
            return;
        }
        kinds.merge(m.outcome().kind(), 1, Integer::sum);
        if (m.nanos() > maxNanos) {
            maxNanos = m.nanos();
            slowest = "#" + index + " " + input.name() + " (" + input.size() + " units)";
        }
        if (m.allocated() > maxAllocated) {
            maxAllocated = m.allocated();
            mostAllocating = "#" + index + " " + input.name() + " (" + m.outcome().units() + " units)";
        }
        if (m.outcome().units() >= LARGE) {
            maxRatio = Math.max(maxRatio, m.allocated() / (double) m.outcome().units());
        }
        if (m.allocated() > budget.of(m.outcome().units())) {
            fail(index, input, String.format(Locale.ROOT, "allocated %,d bytes for %,d units of input, over the budget of %,d (%s)",
                    m.allocated(), m.outcome().units(), budget.of(m.outcome().units()), budget));
        }
    }

    private Measured measure(FuzzInput input, Work work) {
        Map<Long, Long> before = allocatedByThread();
        long start = System.nanoTime();
        Outcome outcome = null;
        Throwable error = null;
        try {
            outcome = work.run(input);
        } catch (Throwable t) { // the property: nothing escapes but what the work accepts
            error = t;
        }
        long nanos = System.nanoTime() - start;
        long allocated = 0;
        for (Map.Entry<Long, Long> after : allocatedByThread().entrySet()) {
            allocated += Math.max(0, after.getValue() - before.getOrDefault(after.getKey(), 0L));
        }
        return new Measured(outcome, allocated, nanos, error);
    }

    /**
     * The bytes each live thread has allocated so far. All threads count, not only the worker: the document reader
     * converts Word and PDF files on a thread of its own (to stop a conversion that takes too long), and inputs run
     * one at a time, so what the JVM allocates meanwhile is the input's.
     */
    private Map<Long, Long> allocatedByThread() {
        long[] ids = threads.getAllThreadIds();
        long[] bytes = threads.getThreadAllocatedBytes(ids);
        Map<Long, Long> out = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            if (bytes[i] >= 0) {
                out.put(ids[i], bytes[i]);
            }
        }
        return out;
    }

    private void fail(int index, FuzzInput input, String why) {
        String saved;
        try {
            saved = input.save(FAILURES, suite + "-" + settings.seed() + "-" + index).toString();
        } catch (IOException e) {
            saved = "(not saved: " + e.getMessage() + ")";
        }
        String failure = "[" + suite + "] input #" + index + " " + input.name() + " of seed " + settings.seed() + " — " + why
                + "\n    mutations: " + abbreviate(input.mutations(), 600) + "\n    input saved to " + saved
                + "\n    replay: -Dfuzz.seed=" + settings.seed() + " -Dfuzz.only=" + index;
        System.out.println(failure);
        failures.add(failure);
    }

    private static String stackTop(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        String[] lines = w.toString().split("\n");
        return String.join("\n      ", java.util.Arrays.copyOf(lines, Math.min(lines.length, 12)));
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }

    /** The figures of the run in one line. */
    String figures() {
        String perUnit = maxRatio > 0 ? String.format(Locale.ROOT, "at most %.0f bytes allocated per unit of the inputs of %,d units or more",
                maxRatio, LARGE) : "no input of " + String.format(Locale.ROOT, "%,d", LARGE) + " units or more";
        return String.format(Locale.ROOT, "[%s] seed %d: %d inputs (largest %,d units), outcomes %s; max time %.0f ms (%s);"
                        + " max allocation %.1f MB (%s); %s; failures %d",
                suite, settings.seed(), inputs, largestInput, kinds, maxNanos / 1e6, slowest, maxAllocated / 1048576.0,
                mostAllocating, perUnit, failures.size());
    }

    /** Prints and saves the figures, and fails when any input failed. */
    void finish() throws IOException {
        worker.shutdownNow();
        String figures = figures();
        System.out.println(figures);
        Files.createDirectories(REPORTS);
        Files.writeString(REPORTS.resolve(suite + ".txt"), figures + System.lineSeparator());
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " fuzz input(s) failed:\n" + String.join("\n",
                    failures.subList(0, Math.min(MAX_REPORTED, failures.size()))) + "\n" + figures);
        }
    }
}
