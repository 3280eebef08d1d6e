package org.directivegraph.concurrency;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One run: reader threads send random reads while writer threads carry out their documents' plans; readers go on
 * until every writer is done and each has made at least {@code minReadsPerReader} reads.
 *
 * @param readers number of reader threads
 * @param writers number of writer threads (each owns its documents)
 * @param documents number of documents
 * @param writesPerDocument length of each document's plan
 * @param minReadsPerReader reads each reader makes at least
 * @param seed seed of the plans and of the readers' choices
 */
record ConcurrentRun(int readers, int writers, int documents, int writesPerDocument, int minReadsPerReader, long seed) {

    /** The run of the suite: 8 readers, 3 writers, 6 documents, 5 writes each (a few hundred requests). */
    static final ConcurrentRun SHORT = new ConcurrentRun(8, 3, 6, 5, 20, 20261123L);

    /** The long run ({@code -Ddirectivegraph.concurrency.long=true}): 12 readers, 4 writers, 8 documents, 15 writes each. */
    static final ConcurrentRun LONG = new ConcurrentRun(12, 4, 8, 15, 100, 20261123L);

    /** The run asked for by the system property. */
    static ConcurrentRun chosen() {
        return Boolean.getBoolean("directivegraph.concurrency.long") ? LONG : SHORT;
    }

    /** The numbers of the documents: 9001, 9002 … (no seed or reference document has them). */
    List<Integer> numbers() {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 1; i <= documents; i++) {
            numbers.add(9000 + i);
        }
        return numbers;
    }

    /** Runs the readers and the writers to the end; what happened is in {@code tally} and {@code w}. */
    void execute(Reads reads, Writers w, Tally tally) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(readers + writers);
        AtomicBoolean writing = new AtomicBoolean(true);
        try {
            List<Future<?>> writerTasks = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                List<Integer> mine = w.documentsOf(i, writers);
                writerTasks.add(pool.submit(() -> w.run(mine)));
            }
            List<Future<?>> readerTasks = new ArrayList<>();
            for (int i = 0; i < readers; i++) {
                Random random = new Random(seed + 1000 + i);
                readerTasks.add(pool.submit(() -> {
                    int n = 0;
                    while (writing.get() || n < minReadsPerReader) {
                        reads.once(random);
                        n++;
                    }
                }));
            }
            for (Future<?> f : writerTasks) {
                f.get(30, TimeUnit.MINUTES);
            }
            writing.set(false);
            for (Future<?> f : readerTasks) {
                f.get(30, TimeUnit.MINUTES);
            }
        } finally {
            writing.set(false);
            pool.shutdownNow();
        }
    }
}
