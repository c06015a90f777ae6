package org.suaka.platform.testing;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;

/**
 * A CDI event outside a container: it keeps what was fired, so that a unit test can check which event a
 * service fired, and hands each event to an optional observer, as a synchronous observer would get it.
 *
 * @param <T> the event type
 */
public final class RecordedEvents<T> implements Event<T> {

    private final List<T> fired = new ArrayList<>();
    private final java.util.function.Consumer<T> observer;

    /** Events that only are recorded. */
    public RecordedEvents() {
        this(event -> { });
    }

    /**
     * @param observer what observes the events, called at once as a synchronous observer would be
     */
    public RecordedEvents(java.util.function.Consumer<T> observer) {
        this.observer = observer;
    }

    /** @return the events fired so far, oldest first */
    public List<T> fired() {
        return List.copyOf(fired);
    }

    @Override
    public void fire(T event) {
        fired.add(event);
        observer.accept(event);
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event) {
        fire(event);
        return CompletableFuture.completedFuture(event);
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
        return fireAsync(event);
    }

    @Override
    public Event<T> select(Annotation... qualifiers) {
        return this;
    }

    @Override
    public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
        throw new UnsupportedOperationException("Qualified events are not used by Suaka's services");
    }

    @Override
    public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
        throw new UnsupportedOperationException("Qualified events are not used by Suaka's services");
    }
}
