package app.tether.home;

import app.tether.exceptionlog.MomentLogged;
import app.tether.homework.HomeworkSubmitted;
import app.tether.scales.RatingRecorded;
import jakarta.annotation.PreDestroy;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Live home updates across nodes (docs/decisions/027). In-process events reach only this node's
 * open screens ({@link ClientActivityListener}); here the same writes also leave one row in
 * {@code home_change}, inserted in the writing transaction just before it commits (a rolled-back
 * write leaves nothing), and one daemon thread polls for other nodes' rows and tells this node's
 * screens. With no screen open it only keeps its place (one index lookup).
 */
@Component
class HomeChangeFeed {

    private static final Logger log = LoggerFactory.getLogger(HomeChangeFeed.class);
    /** Rows read per poll; more wait for the next one. */
    private static final int BATCH = 500;
    /** A sequence number skipped over may belong to a write not yet committed: looked for this long. */
    private static final long GAP_WAIT_NANOS = TimeUnit.SECONDS.toNanos(10);
    private static final int MAX_GAPS = 1_000;
    private static final long PRUNE_EVERY_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final JdbcClient jdbc;
    private final HomeUpdateRegistry registry;
    private final ClientActivityListener local;
    private final String nodeId;
    private final Duration interval;
    private final Duration keep;
    private final java.util.concurrent.atomic.AtomicBoolean insertFailureLogged = new java.util.concurrent.atomic.AtomicBoolean();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "home-change-feed");
        t.setDaemon(true);
        return t;
    });

    // Touched by the timer thread only (after start()).
    private long lastSeen;
    private final Map<Long, Long> gaps = new LinkedHashMap<>();
    private long lastPrune;
    private boolean failing;

    HomeChangeFeed(DataSource dataSource, HomeUpdateRegistry registry, ClientActivityListener local,
                   @Value("${tether.node.id:}") String nodeId,
                   @Value("${tether.home.change-poll:2s}") Duration interval,
                   @Value("${tether.home.change-keep:10m}") Duration keep) {
        this.jdbc = JdbcClient.create(dataSource);
        this.registry = registry;
        this.local = local;
        this.nodeId = nodeId.isBlank() ? defaultNodeId() : nodeId;
        this.interval = interval;
        this.keep = keep;
    }

    /** Host name and process id: distinct for two nodes on one machine, readable in the table. */
    private static String defaultNodeId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "node";
        }
        String id = host + "-" + ProcessHandle.current().pid();
        return id.length() > 64 ? id.substring(id.length() - 64) : id;
    }

    String nodeId() {
        return nodeId;
    }

    // ---- publishing: inside the writer's transaction

    @EventListener
    void on(HomeworkSubmitted event) {
        publish(event.caseId());
    }

    @EventListener
    void on(MomentLogged event) {
        publish(event.caseId());
    }

    @EventListener
    void on(RatingRecorded event) {
        publish(event.caseId());
    }

    private void publish(long caseId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            // Every write publishes inside its transaction; should one not, its row goes in at once.
            insert(Set.of(caseId));
            return;
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.cases.add(caseId);
    }

    private void insert(Set<Long> cases) {
        StringBuilder sql = new StringBuilder("INSERT INTO home_change (case_id, node_id, changed_at) VALUES ");
        List<Object> params = new ArrayList<>();
        for (long caseId : cases) {
            sql.append(params.isEmpty() ? "" : ", ").append("(?, ?, NOW(6))");
            params.add(caseId);
            params.add(nodeId);
        }
        jdbc.sql(sql.toString()).params(params).update();
    }

    /** The cases one transaction changed: one INSERT just before it commits, however many events. */
    private final class Pending implements TransactionSynchronization {
        final Set<Long> cases = new LinkedHashSet<>();

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResource(HomeChangeFeed.this);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(HomeChangeFeed.this, this);
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            if (cases.isEmpty()) {
                return;
            }
            try {
                insert(cases);
            } catch (org.springframework.dao.DataAccessException e) {
                // A notice for other nodes must never cost the client's write (e.g. an application
                // account not yet granted the table after an upgrade): MariaDB undoes only this statement.
                if (insertFailureLogged.compareAndSet(false, true)) {
                    log.warn("Home change feed: could not record a change for other nodes ({}); writes go on,"
                            + " other nodes' home screens miss them. Logged once.", e.getMostSpecificCause().getMessage());
                }
            }
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(HomeChangeFeed.this);
        }
    }

    // ---- reading: one daemon thread

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        timer.execute(() -> {
            try {
                lastSeen = max();
            } catch (RuntimeException e) {
                log.warn("Home change feed: could not read the latest change; starting from the first", e);
            }
        });
        long millis = Math.max(100, interval.toMillis());
        timer.scheduleWithFixedDelay(this::tick, millis, millis, TimeUnit.MILLISECONDS);
        log.info("Home change feed: node {}, polling every {} ms while a home screen is open", nodeId, millis);
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }

    private long max() {
        return jdbc.sql("SELECT COALESCE(MAX(seq), 0) FROM home_change").query(Long.class).single();
    }

    private void tick() {
        try {
            if (registry.anyOpen()) {
                poll();
            } else {
                // Nobody to tell: a screen opened later loads fresh data anyway.
                lastSeen = Math.max(lastSeen, max());
                gaps.clear();
            }
            long now = System.nanoTime();
            if (lastPrune == 0 || now - lastPrune > PRUNE_EVERY_NANOS) {
                lastPrune = now;
                jdbc.sql("DELETE FROM home_change WHERE changed_at < NOW(6) - INTERVAL ? SECOND LIMIT 10000")
                        .param(keep.toSeconds()).update();
            }
            if (failing) {
                failing = false;
                log.info("Home change feed: reading changes again");
            }
        } catch (RuntimeException e) {
            // A database outage: said once, not every tick; the next tick tries again.
            if (!failing) {
                failing = true;
                log.warn("Home change feed: could not read changes ({}); retrying every {} ms", e.toString(),
                        interval.toMillis());
            }
        }
    }

    private record Change(long seq, long caseId, String nodeId) {
    }

    private void poll() {
        String sql = "SELECT seq, case_id, node_id FROM home_change WHERE seq > :last"
                + (gaps.isEmpty() ? "" : " OR seq IN (:gaps)") + " ORDER BY seq LIMIT " + BATCH;
        var statement = jdbc.sql(sql).param("last", lastSeen);
        if (!gaps.isEmpty()) {
            statement = statement.param("gaps", List.copyOf(gaps.keySet()));
        }
        List<Change> rows = statement.query((rs, n) -> new Change(rs.getLong(1), rs.getLong(2), rs.getString(3))).list();
        long now = System.nanoTime();
        Set<Long> changed = new LinkedHashSet<>();
        for (Change row : rows) {
            gaps.remove(row.seq());
            if (row.seq() > lastSeen) {
                // Sequence numbers are taken at INSERT, rows appear at COMMIT: a lower one may still come.
                for (long s = lastSeen + 1; s < row.seq() && gaps.size() < MAX_GAPS; s++) {
                    gaps.put(s, now + GAP_WAIT_NANOS);
                }
                lastSeen = row.seq();
            }
            if (!nodeId.equals(row.nodeId())) {
                changed.add(row.caseId());
            }
        }
        gaps.values().removeIf(deadline -> deadline - now < 0);
        changed.forEach(local::changed);
    }
}
