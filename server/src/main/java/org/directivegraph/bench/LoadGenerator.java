package org.directivegraph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The HTTP client side of benchmarks 4, 5 and 7, in the benchmark JVM (a separate process from the servers, on
 * loopback): {@link #time} sends one GET and measures it until the whole answer is read; {@link #run} keeps
 * {@code threads} clients busy for a fixed time, each sending its next request as soon as the last is answered, and
 * collects every latency. Any answer other than 200, or a failed exchange, is an error: counted, and the first ones
 * kept with their reason.
 */
final class LoadGenerator {

    /** Errors kept with their text; beyond, only counted. */
    static final int KEPT_ERRORS = 20;

    /** One GET with its {@code Accept} header. */
    record Request(URI uri, String accept) {
    }

    /** What a run produced: how many requests were answered in how long, their latencies, the errors. */
    record Result(int requests, double seconds, List<Double> latenciesMs, int errorCount, List<String> errors) {
        /** Answered requests per second. */
        double throughput() {
            return requests / seconds;
        }
    }

    private final HttpClient http;
    private final AtomicInteger errorCount = new AtomicInteger();
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());

    LoadGenerator() {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Sends one request and returns its latency in ms, or NaN when it failed (the error is recorded). */
    double time(Request r) {
        HttpRequest request = HttpRequest.newBuilder(r.uri()).timeout(Duration.ofMinutes(2)).header("Accept", r.accept()).GET().build();
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            double ms = (System.nanoTime() - start) / 1e6;
            if (response.statusCode() != 200) {
                String body = new String(response.body(), StandardCharsets.UTF_8);
                error("HTTP " + response.statusCode() + " for GET " + r.uri() + " (Accept " + r.accept() + "): "
                        + body.substring(0, Math.min(300, body.length())).replaceAll("\\s+", " "));
                return Double.NaN;
            }
            if (response.body().length == 0) {
                error("empty answer for GET " + r.uri() + " (Accept " + r.accept() + ")");
                return Double.NaN;
            }
            return ms;
        } catch (IOException e) {
            error(e.getClass().getSimpleName() + " for GET " + r.uri() + ": " + e.getMessage());
            return Double.NaN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error("interrupted: GET " + r.uri());
            return Double.NaN;
        }
    }

    /** Sends one request and returns the answer's body; anything but a 200 is an {@link IllegalStateException}. */
    byte[] get(Request r) {
        HttpRequest request = HttpRequest.newBuilder(r.uri()).timeout(Duration.ofMinutes(2)).header("Accept", r.accept()).GET().build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + response.statusCode() + " for GET " + r.uri() + ": "
                        + new String(response.body(), StandardCharsets.UTF_8));
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("GET " + r.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: GET " + r.uri(), e);
        }
    }

    private void error(String text) {
        if (errorCount.incrementAndGet() <= KEPT_ERRORS) {
            errors.add(text);
        }
    }

    /** Errors so far. */
    int errorCount() {
        return errorCount.get();
    }

    /** The first {@link #KEPT_ERRORS} errors so far. */
    List<String> errors() {
        synchronized (errors) {
            return List.copyOf(errors);
        }
    }

    /**
     * Runs {@code threads} clients for {@code duration}; client {@code i} draws its requests from
     * {@code next} with its own {@code Random(seed + i)}, so a run asks for the same resources in the same order.
     */
    Result run(int threads, Duration duration, long seed, Function<Random, Request> next) {
        int errorsBefore = errorCount.get();
        List<List<Double>> perThread = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        for (int i = 0; i < threads; i++) {
            List<Double> mine = new ArrayList<>();
            perThread.add(mine);
            Random random = new Random(seed + i);
            Thread t = new Thread(() -> {
                while (System.nanoTime() < end && !Thread.currentThread().isInterrupted()) {
                    double ms = time(next.apply(random));
                    if (!Double.isNaN(ms)) {
                        mine.add(ms);
                    }
                }
            }, "load-" + i);
            workers.add(t);
            t.start();
        }
        for (Thread t : workers) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                workers.forEach(Thread::interrupt);
                break;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Double> all = new ArrayList<>();
        perThread.forEach(all::addAll);
        return new Result(all.size(), seconds, all, errorCount.get() - errorsBefore, errors());
    }
}
