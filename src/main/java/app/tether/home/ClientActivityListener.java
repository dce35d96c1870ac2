package app.tether.home;

import app.tether.caseload.TreatingTherapistCases;
import app.tether.exceptionlog.MomentLogged;
import app.tether.homework.HomeworkSubmitted;
import app.tether.scales.RatingRecorded;
import jakarta.annotation.PreDestroy;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A client sent homework, logged a moment or rated the scale: once that is committed, the open
 * home screens of the case's therapist hear of it (docs/decisions/018). Nothing here may slow
 * down or fail the client's request, so the writer's thread only hands the case id over; the
 * lookup runs on one background thread with a bounded queue, and failures are logged.
 */
@Component
class ClientActivityListener {

    private static final Logger log = LoggerFactory.getLogger(ClientActivityListener.class);

    private final TreatingTherapistCases treating;
    private final HomeUpdateRegistry registry;
    /**
     * Cases with a change not yet told: a case waits at most once in the queue, so a burst of writes
     * (issue 16: 50 clients writing without pauses) coalesces instead of filling it and being dropped.
     */
    private final java.util.Set<Long> waiting = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(1_000), r -> {
                Thread t = new Thread(r, "home-updates");
                t.setDaemon(true);
                return t;
            });

    ClientActivityListener(TreatingTherapistCases treating, HomeUpdateRegistry registry) {
        this.treating = treating;
        this.registry = registry;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(HomeworkSubmitted event) {
        changed(event.caseId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(MomentLogged event) {
        changed(event.caseId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(RatingRecorded event) {
        changed(event.caseId());
    }

    /** Also called by {@link HomeChangeFeed} for a change another node committed. */
    void changed(long caseId) {
        if (!registry.anyOpen()) {
            return;
        }
        if (!waiting.add(caseId)) {
            return;
        }
        try {
            // Its own thread and transaction: after commit the writer's transaction is finished.
            executor.execute(() -> {
                // Before telling: a change committed from now on queues the case again.
                waiting.remove(caseId);
                tell(caseId);
            });
        } catch (RejectedExecutionException e) {
            waiting.remove(caseId);
            log.warn("Home screens not told of a change on case {}: the update queue is full", caseId);
        }
    }

    private void tell(long caseId) {
        try {
            for (long therapistId : treating.therapistsOf(caseId)) {
                registry.changed(therapistId, caseId);
            }
        } catch (RuntimeException e) {
            log.warn("Home screens not told of a change on case {}", caseId, e);
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
