package org.directivegraph.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Slows down a client address that keeps sending wrong credentials: after {@code maxFailures} failures within
 * the window it must wait {@code firstDelay}, doubled with each further failure up to {@code maxDelay}. Memory is
 * bounded: at most {@code trackedClients} addresses are remembered, the least recently seen forgotten first.
 * Thread-safe.
 */
public final class FailureThrottle {

    private static final class Client {
        int failures;
        Instant windowStart;
        Instant blockedUntil = Instant.MIN;
    }

    private final int maxFailures;
    private final Duration window;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final Clock clock;
    private final Map<String, Client> clients;

    /** A throttle with the given settings and clock. */
    public FailureThrottle(WriteAccessProperties p, Clock clock) {
        this.maxFailures = Math.max(1, p.getMaxFailures());
        this.window = p.getFailureWindow();
        this.firstDelay = p.getFirstDelay();
        this.maxDelay = p.getMaxDelay();
        this.clock = clock;
        int capacity = Math.max(1, p.getTrackedClients());
        this.clients = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Client> eldest) {
                return size() > capacity;
            }
        };
    }

    /** How long {@code address} must still wait before its next try; empty when it may try now. */
    public synchronized Optional<Duration> waitFor(String address) {
        Client c = clients.get(address);
        if (c == null) {
            return Optional.empty();
        }
        Duration left = Duration.between(clock.instant(), c.blockedUntil);
        return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
    }

    /** Records wrong credentials from {@code address}; returns the failures counted in the current window. */
    public synchronized int failed(String address) {
        Instant now = clock.instant();
        Client c = clients.computeIfAbsent(address, a -> new Client());
        if (c.windowStart == null || (now.isAfter(c.windowStart.plus(window)) && !now.isBefore(c.blockedUntil))) {
            c.windowStart = now;
            c.failures = 0;
        }
        c.failures++;
        if (c.failures >= maxFailures) {
            int over = Math.min(c.failures - maxFailures, 20);
            Duration delay = firstDelay.multipliedBy(1L << over);
            if (delay.compareTo(maxDelay) > 0) {
                delay = maxDelay;
            }
            c.blockedUntil = now.plus(delay);
        }
        return c.failures;
    }

    /** Forgets the failures of {@code address} after a successful login. */
    public synchronized void succeeded(String address) {
        clients.remove(address);
    }

    /** How many addresses are remembered (for tests of the bound). */
    public synchronized int tracked() {
        return clients.size();
    }
}
