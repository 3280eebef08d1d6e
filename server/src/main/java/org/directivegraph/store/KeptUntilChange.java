package org.directivegraph.store;

import java.util.function.Supplier;

/**
 * A value derived from the whole store (a report, the lists a form offers), computed on first use and kept until
 * {@link #forget()} says the store changed. A value computed while a change came in is handed out but not kept, so
 * nobody keeps seeing the store from before the change. Thread-safe; the computation runs outside the lock.
 *
 * @param <T> the value
 */
public final class KeptUntilChange<T> {

    private T value;
    private long generation;

    /** The kept value, or a newly computed one (kept unless the store changed meanwhile). */
    public T get(Supplier<T> compute) {
        long asked;
        synchronized (this) {
            if (value != null) {
                return value;
            }
            asked = generation;
        }
        T computed = compute.get();
        synchronized (this) {
            if (generation == asked) {
                value = computed;
            }
        }
        return computed;
    }

    /** The kept value, or {@code null} when there is none. */
    public synchronized T peek() {
        return value;
    }

    /** The store changed: the next {@link #get} computes again. */
    public synchronized void forget() {
        value = null;
        generation++;
    }
}
