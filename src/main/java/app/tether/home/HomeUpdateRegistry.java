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

    private final Map<Long, List<LongConsumer>> listeners = new ConcurrentHashMap<>();

    @Override
    public Registration register(long therapistId, LongConsumer listener) {
        listeners.computeIfAbsent(therapistId, k -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.computeIfPresent(therapistId, (k, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    /** Tells every open home screen of {@code therapistId} that {@code caseId} changed. */
    void changed(long therapistId, long caseId) {
        listeners.getOrDefault(therapistId, List.of()).forEach(l -> l.accept(caseId));
    }
}
