package app.tether.home;

import com.vaadin.flow.shared.Registration;

/**
 * Tells open home screens that something changed on one of their therapist's cases: a client sent
 * homework, logged a moment or rated the scale. Listeners are called after the writing
 * transaction commits, on one shared background thread (never the writer's); they must not block.
 */
public interface HomeUpdates {

    /** Calls {@code listener} with the case id whenever a case treated by {@code therapistId} changes. */
    Registration register(long therapistId, java.util.function.LongConsumer listener);
}
