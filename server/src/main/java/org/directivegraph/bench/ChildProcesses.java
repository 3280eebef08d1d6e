package org.directivegraph.bench;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Stopping a server run as a child process, with whatever processes it started itself. */
public final class ChildProcesses {

    private ChildProcesses() {
    }

    /**
     * Asks the process and its descendants to stop (SIGTERM), and kills them if the process has not ended within
     * {@code grace}; returns once it has ended (or the second wait ran out).
     */
    public static void stop(Process process, Duration grace) {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        children.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                children.forEach(ProcessHandle::destroyForcibly);
                process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
