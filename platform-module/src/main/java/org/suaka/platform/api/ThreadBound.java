package org.suaka.platform.api;

import java.util.Optional;

/**
 * A value that a request or a job binds to its thread for the time it runs, such as where the calls come
 * from or the caller's roles. Binding again inside restores the outer value when the inner scope closes.
 *
 * @param <T> the kind of value
 */
public final class ThreadBound<T> {

    private final ThreadLocal<T> current = new ThreadLocal<>();

    /** @return the value bound to this thread, or empty */
    public Optional<T> get() {
        return Optional.ofNullable(current.get());
    }

    /**
     * Binds a value to this thread until the returned scope is closed.
     *
     * @param value the value for the calls made now
     * @return a scope to close when the request or job is done
     */
    public Scope bind(T value) {
        T previous = current.get();
        current.set(value);
        return () -> {
            if (previous == null) {
                current.remove();
            } else {
                current.set(previous);
            }
        };
    }

    /** The time a value is bound to a thread. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
