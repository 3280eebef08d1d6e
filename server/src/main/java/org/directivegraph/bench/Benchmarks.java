package org.directivegraph.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.directivegraph.extract.DocumentText;
import org.directivegraph.extract.Extractor;
import org.directivegraph.ingest.Ingester;
import org.directivegraph.store.GraphNames;
import org.directivegraph.store.FolderLoad;
import org.directivegraph.store.KnowledgeStore;
import org.directivegraph.store.PackagedData;
import org.directivegraph.store.ReferenceData;
import org.directivegraph.validate.PlanShapes;

/**
 * The benchmark runner (issue 6). Generates the dataset of the chosen size into a work folder, then runs each
 * benchmark {@code warmup} times unmeasured and {@code runs} times measured, and prints a table per benchmark with
 * the median, the spread, the reference measured in the same run and the ratio to it. Implemented: 1 (bulk load vs
 * Jena's TDB2 loader), 2 (ingest of one plan into the full store vs an empty one), 3 (validation of one new document
 * vs of the whole store), 6 (extraction throughput); 4, 5 and 7 (DirectiveGraph as a server process vs a plain Fuseki:
 * latency, load, memory) are in {@link ServerBenchmarks}.
 */
public final class Benchmarks {

    /**
     * How to run.
     *
     * @param scope  the generator's scope ({@code 01} for one province, {@code country})
     * @param limit  most communes per district (0: all; the smoke test uses a small one)
     * @param years  years of plans
     * @param runs   measured runs
     * @param warmup unmeasured runs before them
     * @param work   folder for the dataset and the stores (what an earlier run left there is deleted first)
     * @param referenceData whether the stores of benchmarks 2 and 3 get the packaged reference data (units, bodies,
     *               cited documents, ontology, shapes) as a real store has; the smoke test leaves it out for speed
     */
    public record Options(String scope, int limit, int years, int runs, int warmup, long seed, Path work, boolean referenceData) {
        public Options {
            if (runs < 1) {
                throw new IllegalArgumentException("--runs must be at least 1, got " + runs);
            }
            if (warmup < 0) {
                throw new IllegalArgumentException("--warmup must not be negative, got " + warmup);
            }
        }
    }

    /** The benchmark numbers. */
    public static final Set<Integer> ALL = Set.of(1, 2, 3, 4, 5, 6, 7);

    /** Most generated texts kept for the extraction benchmark. */
    static final int TEXT_SAMPLE = 200;

    private final Options options;
    private final Set<Integer> selected;
    private final ServerBenchmarks.Options serverOptions;
    private final PrintStream out;
    private final List<DocumentText> texts = new ArrayList<>();
    private Path dataset;
    private long datasetTriples;

    /** Every benchmark, with the default options of 4, 5 and 7. */
    public Benchmarks(Options options, PrintStream out) {
        this(options, ALL, ServerBenchmarks.Options.defaults(), out);
    }

    /** The benchmarks numbered in {@code selected} (of {@link #ALL}), with these options for 4, 5 and 7. */
    public Benchmarks(Options options, Set<Integer> selected, ServerBenchmarks.Options serverOptions, PrintStream out) {
        if (selected.isEmpty() || !ALL.containsAll(selected)) {
            throw new IllegalArgumentException("--benchmarks takes numbers among " + new TreeSet<>(ALL) + ", got " + new TreeSet<>(selected));
        }
        this.options = options;
        this.selected = Set.copyOf(selected);
        this.serverOptions = serverOptions;
        this.out = out;
    }

    private int longRuns;

    /**
     * Runs the long measurements (the bulk loads of benchmark 1, the whole-store validation of benchmark 3) this
     * many times without warm-up instead of {@code warmup + runs} times: at national size each takes minutes, far
     * longer than the JIT needs to warm up, and repeating them would not fit the run in half an hour.
     * 0 (the default) keeps the common setting.
     */
    public Benchmarks longRuns(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("--long-runs must not be negative, got " + n);
        }
        this.longRuns = n;
        return this;
    }

    /** How many runs the long measurements get, and how many of the first are unmeasured. */
    private int longTotal() {
        return longRuns > 0 ? longRuns : options.warmup() + options.runs();
    }

    private int longWarmup() {
        return longRuns > 0 ? 0 : options.warmup();
    }

    /** Generates the dataset and runs the benchmarks; returns their tables. */
    public List<BenchTable> run() {
        ServerBenchmarks servers = new ServerBenchmarks(options, serverOptions, out);
        if (selected.stream().anyMatch(ServerBenchmarks.NUMBERS::contains)) {
            servers.check();
        }
        prepare();
        List<BenchTable> tables = new ArrayList<>();
        Path loaded = loadedStore();
        if (selected.contains(1)) {
            tables.add(bulkLoad());
        } else if (selected.stream().anyMatch(n -> n != 6)) {
            ServedStore.build(dataset, loaded);
        }
        if (selected.contains(2)) {
            tables.add(ingest());
        }
        if (selected.contains(3)) {
            tables.add(validation());
        }
        tables.addAll(servers.run(loaded, selected));
        if (selected.contains(6)) {
            tables.add(extraction());
        }
        return tables;
    }

    private void prepare() {
        // only what an earlier run left: --work may name a folder that holds other files
        try (Stream<Path> old = Files.exists(options.work()) ? Files.list(options.work()) : Stream.empty()) {
            for (Path p : old.filter(Benchmarks::ours).toList()) {
                deleteTree(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        dataset = options.work().resolve("dataset.nq.gz");
        long start = System.nanoTime();
        DatasetGenerator.Summary s = DatasetGenerator.packaged().generate(
                new DatasetGenerator.Options(options.scope(), options.seed(), options.years(), options.limit()), dataset, g -> {
                    if (texts.size() < TEXT_SAMPLE) {
                        texts.add(g.documentText());
                    }
                });
        datasetTriples = s.triples();
        out.printf("Dataset: scope %s, %d year(s), limit %d, seed %d: %,d triples in %,d graphs (%,d plans) in %.1f s; %s%n",
                options.scope(), options.years(), options.limit(), options.seed(), s.triples(), s.graphs(), s.plans(),
                (System.nanoTime() - start) / 1e9, dataset);
        out.printf("Runs: %d measured after %d warm-up; %d cores, max heap %,d MiB%n", options.runs(), options.warmup(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
    }

    /**
     * 1: DirectiveGraph's load path into a fresh folder ({@link FolderLoad}, as {@code directivegraph load FILE}: into an
     * empty store, Jena's bulk loader in a fresh database swapped in once complete) vs Jena's TDB2 loader.
     */
    BenchTable bulkLoad() {
        List<Double> ours = new ArrayList<>();
        List<Double> jena = new ArrayList<>();
        for (int i = 0; i < longTotal(); i++) {
            boolean measured = i >= longWarmup();
            Path a = options.work().resolve("load-dg-" + i);
            Path b = options.work().resolve("load-jena-" + i);
            double t1 = seconds(() -> FolderLoad.load(a, List.of(dataset), null, 0));
            double t2 = seconds(() -> {
                DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(b.toString());
                DataLoader loader = LoaderFactory.createLoader(dsg, (fmt, args) -> { });
                loader.startBulk();
                loader.load(dataset.toString());
                loader.finishBulk();
                TDBInternal.expel(dsg);
            });
            if (measured) {
                ours.add(datasetTriples / t1);
                jena.add(datasetTriples / t2);
            }
            if (i < longTotal() - 1) {
                deleteTree(a);
            }
            deleteTree(b);
        }
        BenchTable t = new BenchTable("1. Bulk load of " + String.format("%,d", datasetTriples) + " triples into a fresh TDB2 folder");
        t.add(row("1 bulk load", "DirectiveGraph load (FolderLoad, as directivegraph load)", "triples/s", ours,
                "Jena TDB2 LoaderFactory.createLoader", jena, BenchTable.Goal.AT_LEAST, 0.8));
        t.print(out);
        return t;
    }

    /** Ingests of the plan into each store per run of benchmark 2, alternating. */
    static final int INGESTS_PER_RUN = 10;

    /** 2: ingest (extract, resolve, validate, commit) of one plan into the store holding the dataset vs into an empty store. */
    BenchTable ingest() {
        DocumentText plan = planNotInDataset();
        Path full = loadedStore();
        Path empty = options.work().resolve("empty");
        List<Double> withData;
        List<Double> without;
        double startFull;
        double startEmpty;
        try (KnowledgeStore f = KnowledgeStore.openTdb2(full); KnowledgeStore e = KnowledgeStore.openTdb2(empty)) {
            if (options.referenceData()) {
                ReferenceData.ensureLoaded(f);
                ReferenceData.ensureLoaded(e);
            }
            Ingester[] ingesters = new Ingester[2];
            startFull = seconds(() -> ingesters[0] = new Ingester(f)) * 1000;
            startEmpty = seconds(() -> ingesters[1] = new Ingester(e)) * 1000;
            List<List<Double>> runs = ingestRuns(ingesters[0], f, ingesters[1], e, plan);
            withData = runs.get(0);
            without = runs.get(1);
        }
        BenchTable t = new BenchTable("2. Ingest of one plan (" + plan.fileName() + "), p50 of "
                + INGESTS_PER_RUN + " ingests into each store per run, alternating");
        t.add(row("2 ingest", "ingest into the store with the dataset", "ms", withData,
                "same plan into an empty store (reference data only)", without, BenchTable.Goal.BELOW, 2.0));
        t.add(new BenchTable.Row("2 ingest", "Ingester start (reads the known documents once)", "ms", startFull, startFull,
                startFull, "on the empty store", startEmpty, startFull / startEmpty, BenchTable.Goal.NONE, Double.NaN));
        t.print(out);
        return t;
    }

    /**
     * Each run ingests the plan {@link #INGESTS_PER_RUN} times into each store, alternating (so that the JIT and the
     * machine's load favour neither), and keeps the p50 of each; one ingest per run made the figure depend on
     * which store came first and on a single sample.
     *
     * @return the p50 of each measured run into {@code a}, then into {@code b}
     */
    private List<List<Double>> ingestRuns(Ingester a, KnowledgeStore storeA, Ingester b, KnowledgeStore storeB, DocumentText plan) {
        List<Double> p50a = new ArrayList<>();
        List<Double> p50b = new ArrayList<>();
        byte[] bytes = plan.raw().getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < options.warmup() + options.runs(); i++) {
            List<Double> msA = new ArrayList<>();
            List<Double> msB = new ArrayList<>();
            for (int k = 0; k < INGESTS_PER_RUN; k++) {
                msA.add(ingestOnce(a, storeA, plan, bytes));
                msB.add(ingestOnce(b, storeB, plan, bytes));
            }
            if (i >= options.warmup()) {
                p50a.add(BenchTable.percentile(msA, 50));
                p50b.add(BenchTable.percentile(msB, 50));
            }
        }
        return List.of(p50a, p50b);
    }

    /** Ingests the plan, then deletes its graph again; milliseconds. */
    private static double ingestOnce(Ingester ingester, KnowledgeStore store, DocumentText plan, byte[] bytes) {
        Ingester.Result[] r = new Ingester.Result[1];
        double s = seconds(() -> r[0] = ingester.ingest(plan.fileName(), new ByteArrayInputStream(bytes), true, true));
        if (!r[0].stored()) {
            throw new IllegalStateException("the benchmark plan was not stored: " + r[0].refusal());
        }
        store.deleteGraph(GraphNames.ofDocument(r[0].documentIri()));
        return s * 1000;
    }

    /**
     * 3: validation of one new document (its nodes, against the union of the store and the document, as ingest does,
     * but over TDB2's own union graph) vs validating the whole store with the same shapes.
     */
    BenchTable validation() {
        DocumentText plan = planNotInDataset();
        Path full = loadedStore();
        PlanShapes shapes = PlanShapes.packaged();
        List<Double> one = new ArrayList<>();
        List<Double> whole = new ArrayList<>();
        long[] storeTriples = new long[1];
        try (KnowledgeStore store = KnowledgeStore.openTdb2(full)) {
            Graph doc = Ingester.standaloneBuilder().build(new Extractor().extract(plan)).model().getGraph();
            store.read(ds -> {
                Graph union = ds.asDatasetGraph().getUnionGraph();
                storeTriples[0] = union.size();
                for (int i = 0; i < options.warmup() + options.runs(); i++) {
                    double a = seconds(() -> shapes.validateNew(union, doc));
                    if (i >= options.warmup()) {
                        one.add(a * 1000);
                    }
                }
                for (int i = 0; i < longTotal(); i++) {
                    double b = seconds(() -> shapes.validate(union));
                    if (i >= longWarmup()) {
                        whole.add(b * 1000);
                    }
                }
                return null;
            });
        }
        BenchTable t = new BenchTable(String.format("3. Validation: one new document vs the whole store (%,d triples)", storeTriples[0]));
        // every pairing of a whole-store run with a one-document run: the spread of the speed-up
        List<Double> speedup = new ArrayList<>();
        for (double w : whole) {
            for (double o : one) {
                speedup.add(w / o);
            }
        }
        t.add(row("3 validation", "one new document (validateNew over the TDB2 union graph)", "ms", one,
                "whole store (validate)", whole, BenchTable.Goal.NONE, Double.NaN));
        double m = BenchTable.median(speedup);
        t.add(new BenchTable.Row("3 validation", "speed-up whole / one", "x", m, BenchTable.min(speedup), BenchTable.max(speedup),
                "the target speed-up", 100, m / 100, BenchTable.Goal.AT_LEAST, 1.0));
        t.print(out);
        return t;
    }

    /** The TDB2 folder the last bulk load of benchmark 1 left, holding the dataset. */
    Path loadedStore() {
        return options.work().resolve("load-dg-" + (longTotal() - 1));
    }

    /** A plan of the same scope made with another seed (so another number and IRI than the dataset's plans). */
    private DocumentText planNotInDataset() {
        List<DocumentText> other = new ArrayList<>();
        DatasetGenerator.packaged().generate(new DatasetGenerator.Options(options.scope(), options.seed() + 1, 1, 1),
                OutputStream.nullOutputStream(), g -> {
                    if (g.plan().level().equals("commune") && g.plan().number() != null && other.isEmpty()) {
                        other.add(new DocumentText("bench-" + g.text().fileName(), g.text().text()));
                    }
                });
        if (other.isEmpty()) {
            throw new IllegalStateException("no commune plan with a number in scope " + options.scope());
        }
        return other.get(0);
    }

    /** 6: extraction, documents per second on one thread (= per core), on generated texts and on the seeds. */
    BenchTable extraction() {
        List<DocumentText> seeds = seedTexts();
        Extractor extractor = new Extractor();
        List<Double> generated = new ArrayList<>();
        List<Double> seedRate = new ArrayList<>();
        for (int i = 0; i < options.warmup() + options.runs(); i++) {
            double a = seconds(() -> texts.forEach(extractor::extract));
            double b = seconds(() -> seeds.forEach(extractor::extract));
            if (i >= options.warmup()) {
                generated.add(texts.size() / a);
                seedRate.add(seeds.size() / b);
            }
        }
        BenchTable t = new BenchTable("6. Extraction on one thread: " + texts.size() + " generated texts, " + seeds.size() + " seeds");
        t.add(row("6 extraction", "generated plan texts", "docs/s/core", generated, "the seed texts", seedRate,
                BenchTable.Goal.NONE, Double.NaN));
        t.print(out);
        return t;
    }

    static List<DocumentText> seedTexts() {
        List<DocumentText> seeds = new ArrayList<>();
        for (var r : PackagedData.resources("data/seeds/*.txt")) {
            try (InputStream in = r.getInputStream()) {
                seeds.add(new DocumentText(r.getFilename(), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (seeds.isEmpty()) {
            throw new IllegalStateException("no seed texts on the classpath (directivegraph/data/seeds/*.txt)");
        }
        return seeds;
    }

    private static BenchTable.Row row(String bench, String figure, String unit, List<Double> values, String reference,
                                      List<Double> refValues, BenchTable.Goal goal, double target) {
        double m = BenchTable.median(values);
        double r = BenchTable.median(refValues);
        return new BenchTable.Row(bench, figure, unit, m, BenchTable.min(values), BenchTable.max(values), reference, r,
                m / r, goal, target);
    }

    private static double seconds(Runnable action) {
        long start = System.nanoTime();
        action.run();
        return (System.nanoTime() - start) / 1e9;
    }

    private static boolean ours(Path p) {
        String n = p.getFileName().toString();
        return n.equals("dataset.nq.gz") || n.equals("empty") || n.startsWith("load-dg-") || n.startsWith("load-jena-");
    }

    static void deleteTree(Path p) {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path q : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(q);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
