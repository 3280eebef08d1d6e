package org.directivegraph.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How repeated wrong credentials are slowed down ({@code directivegraph.write-access.*}). The writers themselves
 * are {@code directivegraph.writers.NAME=<bcrypt hash>}.
 */
@ConfigurationProperties(prefix = "directivegraph.write-access")
public class WriteAccessProperties {

    /** Wrong credentials one client address may send within {@link #failureWindow} before it must wait. */
    private int maxFailures = 5;
    /** The window in which failures are counted. */
    private Duration failureWindow = Duration.ofMinutes(1);
    /** The first wait once {@link #maxFailures} is reached; it doubles with each further failure. */
    private Duration firstDelay = Duration.ofSeconds(30);
    /** The longest wait. */
    private Duration maxDelay = Duration.ofMinutes(15);
    /** How many client addresses are remembered at most (the least recently seen are forgotten first). */
    private int trackedClients = 10_000;

    public int getMaxFailures() {
        return maxFailures;
    }

    public void setMaxFailures(int maxFailures) {
        this.maxFailures = maxFailures;
    }

    public Duration getFailureWindow() {
        return failureWindow;
    }

    public void setFailureWindow(Duration failureWindow) {
        this.failureWindow = failureWindow;
    }

    public Duration getFirstDelay() {
        return firstDelay;
    }

    public void setFirstDelay(Duration firstDelay) {
        this.firstDelay = firstDelay;
    }

    public Duration getMaxDelay() {
        return maxDelay;
    }

    public void setMaxDelay(Duration maxDelay) {
        this.maxDelay = maxDelay;
    }

    public int getTrackedClients() {
        return trackedClients;
    }

    public void setTrackedClients(int trackedClients) {
        this.trackedClients = trackedClients;
    }
}
