package app.tether.home;

import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;
import org.springframework.stereotype.Component;

/** The open home screens per therapist, in this node's memory. */
@Component
class HomeUpdateRegistry implements HomeUpdates {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(HomeUpdateRegistry.class);

    private final Map<Long, List<LongConsumer>> listeners = new ConcurrentHashMap<>();

    @Override
    public Registration register(long therapistId, LongConsumer listener) {
        // Added inside compute: a concurrent last unregister must not drop the list this lands in.
        listeners.compute(therapistId, (k, list) -> {
            List<LongConsumer> l = list == null ? new CopyOnWriteArrayList<>() : list;
            l.add(listener);
            return l;
        });
        return () -> listeners.computeIfPresent(therapistId, (k, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    /** Whether any home screen is open on this node: with none, a change needs no lookup. */
    boolean anyOpen() {
        return !listeners.isEmpty();
    }

    /** Tells every open home screen of {@code therapistId} that {@code caseId} changed. */
    void changed(long therapistId, long caseId) {
        for (LongConsumer l : listeners.getOrDefault(therapistId, List.of())) {
            try {
                l.accept(caseId);
            } catch (RuntimeException e) {
                // One broken screen must not keep the others from hearing of the change.
                log.warn("A home screen failed to take a change on case {}", caseId, e);
            }
        }
    }
}
