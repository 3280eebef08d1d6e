package org.directivegraph.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/**
 * SIGKILL of the real server in the middle of a batch ingest, over and over on the same store folder. The server
 * runs as a child JVM ({@link ServerProcess}); the test posts generated plan texts to {@code /api/ingest} one after
 * the other and kills the process either right after the k-th answer of the cycle or after a random delay (most
 * often in the middle of a request, inside the write transaction that validates and stores). After each kill the
 * server is started again on the same folder and {@link StoreAudit} checks, through SPARQL, that the store opens and
 * answers, that every plan is either whole (its graph isomorphic to the one a sequential ingest without crashes
 * gives it, validation record included) or absent with no triple anywhere, and that every plan whose ingest was
 * acknowledged is there. The next cycle resumes with the first plan that is not there. At the end the rest of the
 * batch is sent without a kill and every plan must be there.
 *
 * <p>{@code -Dreliability.killPoints=200} runs more kill points (default 4: each restart of the server costs several
 * seconds), {@code -Dreliability.seed=N} other random choices (default 7), {@code -Dreliability.batchSize=N} another
 * batch size; when a batch is used up, a new store folder and batch position start.
 */
class BatchIngestKillIntegrationTests {

    static final int KILL_POINTS = Integer.getInteger("reliability.killPoints", 4);
    static final long SEED = Long.getLong("reliability.seed", 7);
    /** Plans in the batch: about two per kill point (a cycle rarely gets further); a used-up batch starts a new chain. */
    static final int BATCH = Integer.getInteger("reliability.batchSize", Math.min(160, Math.max(12, 2 * KILL_POINTS + 4)));

    @Test
    void everyDocumentIsWholeOrAbsentAfterEverySigkill() throws Exception {
        long t0 = System.nanoTime();
        PlanBatch batch = PlanBatch.generate("001", BATCH);
        System.out.printf("[reliability] %d plans generated, %d stored by the reference ingest, in %d ms%n", BATCH, batch.stored(),
                (System.nanoTime() - t0) / 1_000_000);
        assertThat(batch.stored()).as("plans the reference ingest stores").isGreaterThanOrEqualTo(BATCH * 8L / 10);
        Path root = Files.createDirectories(Path.of("target/reliability", UUID.randomUUID().toString())).toAbsolutePath();
        Random random = new Random(SEED);
        KillFigures figures = new KillFigures();
        Chain chain = new Chain(root, batch, figures);
        try {
            for (int point = 0; point < KILL_POINTS; point++) {
                if (chain.exhausted()) {
                    chain.finish();
                    chain.close();
                    chain.deleteStore();
                    chain = new Chain(root, batch, figures);
                }
                boolean afterAnswers = point % 2 == 0;
                chain.cycle(afterAnswers ? random.nextInt(3) : -1, afterAnswers ? 0 : random.nextLong(chain.typicalMillis() * 2 + 1));
            }
            chain.finish();
        } finally {
            chain.close();
        }
        chain.deleteStore();
        System.out.println("[reliability] batch ingest: " + figures);
        assertThat(figures.killPoints).isEqualTo(KILL_POINTS);
        assertThat(figures.lost).isZero();
    }

    /** Counts of a run, printed for the notes. */
    static final class KillFigures {
        int killPoints;
        int midRequest;
        int documentsChecked;
        int acknowledged;
        int lost;
        int restarts;

        @Override
        public String toString() {
            return killPoints + " kill points survived (" + midRequest + " with a request in flight), " + restarts + " restarts, "
                    + documentsChecked + " document checks (whole or absent), " + acknowledged + " acknowledged ingests, " + lost + " lost";
        }
    }

    /** One store folder and the position in the batch, across kills and restarts. */
    private static final class Chain implements AutoCloseable {
        final Path store;
        final Path logs;
        final PlanBatch batch;
        final KillFigures figures;
        final List<Integer> acknowledged = Collections.synchronizedList(new ArrayList<>());
        final List<Long> millis = Collections.synchronizedList(new ArrayList<>());
        final java.util.concurrent.atomic.AtomicReference<String> failure = new java.util.concurrent.atomic.AtomicReference<>();
        ServerProcess server;
        int next;
        int starts;

        Chain(Path root, PlanBatch batch, KillFigures figures) throws IOException {
            Path dir = Files.createDirectories(root.resolve("chain-" + UUID.randomUUID()));
            this.store = BaseStore.copyTo(dir.resolve("store"));
            this.logs = dir;
            this.batch = batch;
            this.figures = figures;
            this.server = start();
        }

        ServerProcess start() {
            return ServerProcess.start(store, logs.resolve("server-" + (++starts) + ".log"));
        }

        boolean exhausted() {
            return next >= batch.plans().size();
        }

        long typicalMillis() {
            synchronized (millis) {
                return millis.isEmpty() ? 1500 : millis.stream().mapToLong(Long::longValue).sum() / millis.size();
            }
        }

        /**
         * Sends plans from {@code next} on and kills the server after {@code answers} answers (when not negative) or
         * after {@code delay} ms; restarts it and audits the store.
         */
        void cycle(int answers, long delay) throws Exception {
            AtomicInteger answered = new AtomicInteger();
            AtomicInteger inFlight = new AtomicInteger(-1);
            int from = next;
            ServerProcess target = server;
            Thread sender = new Thread(() -> {
                for (int i = from; i < batch.plans().size(); i++) {
                    PlanBatch.Plan plan = batch.plans().get(i);
                    inFlight.set(i);
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> r = target.ingest(plan.fileName(), plan.text());
                        millis.add((System.nanoTime() - t0) / 1_000_000);
                        if (r.statusCode() / 100 == 2 && stored(r)) {
                            acknowledged.add(i);
                        } else if (plan.stored()) {
                            failure.compareAndSet(null, plan.fileName() + " answered " + r.statusCode() + ": " + r.body());
                            return;
                        }
                    } catch (IOException | InterruptedException cut) {
                        return;
                    }
                    inFlight.set(-1);
                    answered.incrementAndGet();
                }
            }, "sender");
            sender.setDaemon(true);
            sender.start();
            if (answers >= 0) {
                while (answered.get() < answers && sender.isAlive()) {
                    Thread.sleep(5);
                }
            } else {
                Thread.sleep(delay);
            }
            boolean midRequest = inFlight.get() >= 0 && sender.isAlive();
            server.kill();
            sender.join(30_000);
            assertThat(failure.get()).as("an answer before the kill").isNull();
            figures.killPoints++;
            if (midRequest) {
                figures.midRequest++;
            }
            server = start();
            figures.restarts++;
            audit();
            // the plans present are the ones sent before the kill (and perhaps the one in flight); resume after them
            int resume = from;
            while (resume < batch.plans().size()
                    && (lastAudit.present().contains(resume) || !batch.plans().get(resume).stored())) {
                resume++;
            }
            next = resume;
        }

        StoreAudit.Result lastAudit;

        void audit() {
            lastAudit = StoreAudit.check(server, batch);
            figures.documentsChecked += batch.plans().size();
            synchronized (acknowledged) {
                for (int i : acknowledged) {
                    if (!lastAudit.present().contains(i)) {
                        figures.lost++;
                        throw new AssertionError(batch.plans().get(i).fileName() + " was acknowledged as stored but is gone after the crash");
                    }
                }
            }
        }

        /** Sends the rest of the batch without a kill; then every plan the reference stores must be there. */
        void finish() throws Exception {
            for (int i = next; i < batch.plans().size(); i++) {
                PlanBatch.Plan plan = batch.plans().get(i);
                HttpResponse<String> r = server.ingest(plan.fileName(), plan.text());
                if (stored(r)) {
                    acknowledged.add(i);
                }
            }
            next = batch.plans().size();
            audit();
            figures.acknowledged += acknowledged.size();
            for (int i = 0; i < batch.plans().size(); i++) {
                assertThat(lastAudit.present().contains(i)).as(batch.plans().get(i).fileName() + " at the end")
                        .isEqualTo(batch.plans().get(i).stored());
            }
        }

        private static boolean stored(HttpResponse<String> r) {
            return JsonMapper.builder().build().readTree(r.body()).path("stored").asBoolean(false);
        }

        @Override
        public void close() {
            if (server != null) {
                server.close();
                server = null;
            }
        }

        /** Deletes the store folder (the logs stay), once the chain is closed and its checks passed. */
        void deleteStore() {
            BaseStore.deleteTree(store);
        }
    }
}
