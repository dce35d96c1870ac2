package app.tether.reliability;

import app.tether.base.DatabaseUnavailable;
import app.tether.base.ValidationProblem;
import app.tether.exceptionlog.EntryInput;
import app.tether.exceptionlog.ExceptionLogService;
import app.tether.home.HomeService;
import app.tether.home.HomeUpdates;
import app.tether.homework.Answers;
import app.tether.homework.MyHomeworkService;
import app.tether.scales.ScaleService;
import app.tether.sessions.SessionInput;
import app.tether.sessions.SessionService;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The load of issue 16's scenarios 1 and 2: every client of the {@link LoadPopulation} on its own
 * thread, signed in as themself, sends homework, logs moments and rates the scale through the service
 * calls the views make, with no pause between writes; every therapist keeps a home screen "open"
 * (registered with {@link HomeUpdates}, reloading {@link HomeService#load} on each change as the home
 * view does: gathered for 150 ms, at most twice a second) and, when asked, records sessions.
 *
 * <p>Each write carries a key: a moment its request key, a submission its text (unique) on its
 * assignment, a rating the note (unique) for the client's day. A write is acknowledged when the
 * service call returned. A write refused because the database did not answer is tried again with the
 * same key after a pause, as a person clicking again would; anything else thrown (but a validation
 * refusal) is a server error. Bounded: by time, by a count of writes per client, and by a count of
 * retries per write.
 */
final class ClientLoad {

    enum Kind { MOMENT, HOMEWORK, RATING, SESSION }

    /** Per client thread: far above what the slowest or fastest machine does in the time given. */
    private static final int MAX_WRITES_PER_CLIENT = 200_000;
    /** Response times kept per kind; beyond this they are counted, not kept. */
    private static final int MAX_SAMPLES = 400_000;
    private static final int MAX_RETRIES = 200;
    private static final Duration RETRY_PAUSE = Duration.ofMillis(300);
    private static final long GATHER_MILLIS = 150;
    private static final long MIN_GAP_MILLIS = 500;
    private static final int ERRORS_KEPT = 20;

    private final ReliabilityRun run;
    private final LoadPopulation population;
    private final String label;
    private final boolean sessions;
    private final ExecutorService threads;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final List<java.util.concurrent.Future<?>> running = new ArrayList<>();

    // What happened, for the figures and the checks.
    private final Map<Kind, long[]> samples = new EnumMap<>(Kind.class);
    private final Map<Kind, AtomicInteger> sampleCount = new EnumMap<>(Kind.class);
    private final Map<Kind, AtomicLong> acknowledged = new EnumMap<>(Kind.class);
    private final Map<Kind, AtomicLong> refused = new EnumMap<>(Kind.class);
    private final AtomicLong validationRefusals = new AtomicLong();
    private final AtomicLong serverErrors = new AtomicLong();
    private final ConcurrentLinkedQueue<String> errorsKept = new ConcurrentLinkedQueue<>();
    private final AtomicLong homeReloads = new AtomicLong();
    private final AtomicLong homeUpdates = new AtomicLong();
    private final AtomicLong gaveUp = new AtomicLong();
    /** Start and end (System.nanoTime) of calls refused because the database did not answer. */
    private final ConcurrentLinkedQueue<long[]> refusedAt = new ConcurrentLinkedQueue<>();
    /** Return times of acknowledged writes, for "the first write after the database came back". */
    private final AtomicLongArray firstAckAfter = new AtomicLongArray(1);
    private volatile long watchAfter = Long.MAX_VALUE;

    // Acknowledged keys.
    private final Map<Long, Set<String>> momentKeys = new ConcurrentHashMap<>();
    private final Map<Long, List<String>> submissions = new ConcurrentHashMap<>();
    private final Map<Long, String> lastRating = new ConcurrentHashMap<>();
    /** Notes sent after the last acknowledged one and never acknowledged (they may have committed). */
    private final Map<Long, Set<String>> unacknowledgedRatings = new ConcurrentHashMap<>();
    private final Set<Long> sessionIds = ConcurrentHashMap.newKeySet();

    private long startedAt;
    private long endedAt;

    ClientLoad(ReliabilityRun run, LoadPopulation population, String label, boolean sessions) {
        this.run = run;
        this.population = population;
        this.label = label;
        this.sessions = sessions;
        for (Kind k : Kind.values()) {
            samples.put(k, new long[MAX_SAMPLES]);
            sampleCount.put(k, new AtomicInteger());
            acknowledged.put(k, new AtomicLong());
            refused.put(k, new AtomicLong());
        }
        this.threads = Executors.newFixedThreadPool(population.clients().size() + population.therapists().size(),
                r -> {
                    Thread t = new Thread(r, "load-" + label);
                    t.setDaemon(true);
                    return t;
                });
    }

    /**
     * Starts every client and therapist; they run until {@link #stopAndWait}. Who they are and the
     * version of their homework are read first, so no thread needs the database before its first write.
     */
    void start() {
        var details = run.bean(UserDetailsService.class);
        var homework = run.bean(MyHomeworkService.class);
        Map<Long, UserDetails> signedIn = new HashMap<>();
        Map<Long, Long> versions = new HashMap<>();
        for (LoadPopulation.Client c : population.clients()) {
            UserDetails user = details.loadUserByUsername(c.person().username());
            signedIn.put(c.person().id(), user);
            signIn(user);
            try {
                versions.put(c.assignmentId(), homework.open(c.assignmentId()).summary().version());
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
        for (var t : population.therapists()) {
            signedIn.put(t.id(), details.loadUserByUsername(t.username()));
        }
        startedAt = System.nanoTime();
        int n = 0;
        for (LoadPopulation.Client c : population.clients()) {
            final int index = n++;
            running.add(threads.submit(() -> client(c, index, signedIn.get(c.person().id()),
                    versions.get(c.assignmentId()))));
        }
        for (var t : population.therapists()) {
            running.add(threads.submit(() -> therapist(t, signedIn.get(t.id()))));
        }
    }

    /** From now on, note the first acknowledged write (the database is back). */
    void watchForFirstAck() {
        firstAckAfter.set(0, 0);
        watchAfter = System.nanoTime();
    }

    /** Nanoseconds from {@link #watchForFirstAck} to the first write acknowledged after it; -1: none yet. */
    long firstAckNanos() {
        long at = firstAckAfter.get(0);
        return at == 0 ? -1 : at - watchAfter;
    }

    /**
     * Stops new writes; writes waiting to be tried again still are (bounded by their retries) so a
     * refusal near the end can still be acknowledged; then waits for every thread, at most {@code ceiling}.
     */
    void stopAndWait(Duration ceiling) throws InterruptedException {
        stop.set(true);
        endedAt = System.nanoTime();
        threads.shutdown();
        if (!threads.awaitTermination(ceiling.toMillis(), TimeUnit.MILLISECONDS)) {
            threads.shutdownNow();
            serverErrors.incrementAndGet();
            errorsKept.add("load threads still running after " + ceiling.toSeconds() + " s");
            threads.awaitTermination(10, TimeUnit.SECONDS);
        }
        for (var f : running) {
            try {
                f.get(0, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                serverErrors.incrementAndGet();
                errorsKept.add("load thread: " + e);
            }
        }
    }

    private static void signIn(UserDetails user) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    /** One write, with its key, as the view would send it (again, when refused). */
    private interface Write {
        Kind kind();

        void send();

        void acknowledged();

        default void refused() {
        }
    }

    private void client(LoadPopulation.Client c, int index, UserDetails user, long homeworkVersion) {
        var log = run.bean(ExceptionLogService.class);
        var homework = run.bean(MyHomeworkService.class);
        var scales = run.bean(ScaleService.class);
        long me = c.person().id();
        try {
            signIn(user);
            long[] version = {homeworkVersion};
            Write pending = null;
            int retries = 0;
            for (int i = 0; i < MAX_WRITES_PER_CLIENT; i++) {
                if (pending == null && stop.get()) {
                    break;
                }
                if (pending != null && retries > MAX_RETRIES) {
                    gaveUp.incrementAndGet();
                    break;
                }
                String text = label + " c" + index + " #" + i + " " + UUID.randomUUID().toString().substring(0, 8);
                Write w = pending != null ? pending : switch ((i + index) % 3) {
                    case 0 -> moment(log, me, c.caseId(), text);
                    case 1 -> submission(homework, c.assignmentId(), text, version);
                    default -> rating(scales, me, c.caseId(), 1 + (i % 10), text);
                };
                if (!attempt(w)) {
                    pending = w;
                    retries++;
                    Thread.sleep(RETRY_PAUSE.toMillis());
                } else {
                    pending = null;
                    retries = 0;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            error("client thread " + index, e);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Sends a write once: true when acknowledged or finished with; false to try again with the same key. */
    private boolean attempt(Write w) {
        long t0 = System.nanoTime();
        try {
            w.send();
        } catch (ValidationProblem p) {
            validationRefusals.incrementAndGet();
            error(w.kind() + " refused by validation", p);
            return true;
        } catch (RuntimeException e) {
            if (DatabaseUnavailable.is(e)) {
                refused.get(w.kind()).incrementAndGet();
                refusedAt.add(new long[] {t0, System.nanoTime()});
                w.refused();
                return false;
            }
            error(w.kind().name().toLowerCase(Locale.ROOT), e);
            return true;
        }
        long t1 = System.nanoTime();
        w.acknowledged();
        acknowledged.get(w.kind()).incrementAndGet();
        int at = sampleCount.get(w.kind()).getAndIncrement();
        if (at < MAX_SAMPLES) {
            samples.get(w.kind())[at] = t1 - t0;
        }
        if (t0 >= watchAfter) {
            firstAckAfter.compareAndSet(0, 0, t1);
        }
        return true;
    }

    private Write moment(ExceptionLogService log, long me, long caseId, String text) {
        UUID key = UUID.randomUUID();
        var input = new EntryInput(LocalDateTime.now().minusMinutes(5).withNano(0), text, "load", null, null, null,
                List.of("load"), false, key);
        return new Write() {
            public Kind kind() {
                return Kind.MOMENT;
            }

            public void send() {
                log.save(caseId, null, input, 0);
            }

            public void acknowledged() {
                momentKeys.computeIfAbsent(me, k -> ConcurrentHashMap.newKeySet()).add(key.toString());
            }
        };
    }

    private Write submission(MyHomeworkService homework, long assignmentId, String text, long[] version) {
        var answers = new Answers(Map.of(population.fieldKey(), List.of(text)));
        long expected = version[0];
        return new Write() {
            public Kind kind() {
                return Kind.HOMEWORK;
            }

            public void send() {
                version[0] = homework.submit(assignmentId, answers, expected).summary().version();
            }

            public void acknowledged() {
                submissions.computeIfAbsent(assignmentId, k -> java.util.Collections.synchronizedList(new ArrayList<>()))
                        .add(text);
            }
        };
    }

    private Write rating(ScaleService scales, long me, long caseId, int value, String note) {
        return new Write() {
            public Kind kind() {
                return Kind.RATING;
            }

            public void send() {
                scales.rateToday(caseId, value, note, null);
            }

            public void acknowledged() {
                lastRating.put(me, note);
                unacknowledgedRatings.remove(me);
            }

            public void refused() {
                unacknowledgedRatings.computeIfAbsent(me, k -> ConcurrentHashMap.newKeySet()).add(note);
            }
        };
    }

    private void therapist(app.tether.TestData.Person t, UserDetails user) {
        var home = run.bean(HomeService.class);
        var sessionService = run.bean(SessionService.class);
        var changes = new Semaphore(0);
        var registration = run.bean(HomeUpdates.class).register(t.id(), caseId -> {
            homeUpdates.incrementAndGet();
            changes.release();
        });
        List<LoadPopulation.Client> mine = population.clients().stream().filter(c -> c.therapist().id() == t.id())
                .toList();
        try {
            signIn(user);
            // The screen was open before the load began: the first reload is on the first change.
            long lastReload = System.nanoTime();
            long nextSession = System.nanoTime();
            for (int i = 0; i < MAX_WRITES_PER_CLIENT && !stop.get(); i++) {
                if (sessions && System.nanoTime() >= nextSession && !mine.isEmpty()) {
                    final int value = 1 + i % 10;
                    var c = mine.get(i % mine.size());
                    long client = c.person().id();
                    Write w = new Write() {
                        long id;

                        public Kind kind() {
                            return Kind.SESSION;
                        }

                        public void send() {
                            id = sessionService.create(c.caseId(), new SessionInput(LocalDateTime.now().minusHours(1)
                                    .withNano(0), List.of(client), Map.of(client, value), "Load session")).id();
                        }

                        public void acknowledged() {
                            sessionIds.add(id);
                        }
                    };
                    // Not a keyed write: a refused one is not sent again (checked: none is half there).
                    attempt(w);
                    nextSession = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1000);
                }
                if (!changes.tryAcquire(200, TimeUnit.MILLISECONDS)) {
                    continue;
                }
                Thread.sleep(GATHER_MILLIS);
                long wait = TimeUnit.NANOSECONDS.toMillis(lastReload + TimeUnit.MILLISECONDS.toNanos(MIN_GAP_MILLIS)
                        - System.nanoTime());
                if (wait > 0) {
                    Thread.sleep(wait);
                }
                changes.drainPermits();
                try {
                    home.load();
                    homeReloads.incrementAndGet();
                } catch (RuntimeException e) {
                    if (!DatabaseUnavailable.is(e)) {
                        error("home reload", e);
                    }
                }
                lastReload = System.nanoTime();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            error("therapist thread", e);
        } finally {
            registration.remove();
            SecurityContextHolder.clearContext();
        }
    }

    private void error(String where, Throwable e) {
        serverErrors.incrementAndGet();
        if (errorsKept.size() < ERRORS_KEPT) {
            StringBuilder chain = new StringBuilder();
            int depth = 0;
            for (Throwable c = e; c != null && depth < 8; c = c.getCause(), depth++) {
                chain.append(depth == 0 ? "" : " < ").append(c.getClass().getSimpleName());
                if (c instanceof java.sql.SQLException sql) {
                    chain.append("[").append(sql.getSQLState()).append("]");
                }
            }
            errorsKept.add(where + ": " + chain + ": " + DatabaseUnavailable.describe(e));
        }
    }

    // ---- results ----

    long serverErrors() {
        return serverErrors.get();
    }

    List<String> errors() {
        return List.copyOf(errorsKept);
    }

    long refused() {
        return refused.values().stream().mapToLong(AtomicLong::get).sum();
    }

    long acknowledged() {
        return acknowledged.values().stream().mapToLong(AtomicLong::get).sum();
    }

    long gaveUp() {
        return gaveUp.get();
    }

    /** Each refused call's start and end, System.nanoTime. */
    List<long[]> refusedAt() {
        return List.copyOf(refusedAt);
    }

    double seconds() {
        return (endedAt - startedAt) / 1e9;
    }

    /** "moments 812 (270/s, p50 4 ms, p95 20 ms, p99 41 ms)" per kind, and the total. */
    String figures() {
        double s = Math.max(0.001, seconds());
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%d writes acknowledged in %.1f s = %.0f writes/s", acknowledged(), s,
                acknowledged() / s));
        for (Kind k : Kind.values()) {
            long n = acknowledged.get(k).get();
            if (n == 0 && refused.get(k).get() == 0) {
                continue;
            }
            int kept = Math.min(MAX_SAMPLES, sampleCount.get(k).get());
            long[] sorted = Arrays.copyOf(samples.get(k), kept);
            Arrays.sort(sorted);
            out.append(String.format(Locale.ROOT, "; %s %d (%.0f/s, p50 %s, p95 %s, p99 %s)",
                    k.name().toLowerCase(Locale.ROOT), n, n / s, ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99)));
        }
        out.append("; home reloads ").append(homeReloads.get()).append(", home updates received ")
                .append(homeUpdates.get());
        return out.toString();
    }

    String refusals() {
        StringBuilder out = new StringBuilder();
        for (Kind k : Kind.values()) {
            out.append(out.isEmpty() ? "" : ", ").append(k.name().toLowerCase(Locale.ROOT)).append(' ')
                    .append(refused.get(k).get());
        }
        return out.toString();
    }

    long homeReloads() {
        return homeReloads.get();
    }

    long homeUpdates() {
        return homeUpdates.get();
    }

    private static String ms(long[] sorted, double q) {
        if (sorted.length == 0) {
            return "-";
        }
        long v = sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
        return String.format(Locale.ROOT, "%.1f ms", v / 1e6);
    }

    // ---- checks ----

    /**
     * Every acknowledged write is in the database exactly once, and nothing is half there, by SQL.
     * Returns what does not hold.
     */
    List<String> verify(JdbcTemplate jdbc) {
        List<String> problems = new ArrayList<>();
        String clients = population.clientIds();
        String assignments = population.assignmentIds();
        String cases = population.caseIds();

        // Moments: each acknowledged key once, saved (not a draft) and with its text.
        Map<String, Integer> perKey = new HashMap<>();
        jdbc.query("select client_id, request_key, count(*) n from exception_entry where client_id in (" + clients
                + ") and request_key is not null group by client_id, request_key", rs -> {
                    perKey.put(rs.getLong(1) + "/" + rs.getString(2), rs.getInt(3));
                });
        long missing = 0;
        long twice = 0;
        for (var e : momentKeys.entrySet()) {
            for (String key : e.getValue()) {
                int n = perKey.getOrDefault(e.getKey() + "/" + key, 0);
                missing += n == 0 ? 1 : 0;
                twice += n > 1 ? 1 : 0;
            }
        }
        if (missing > 0 || twice > 0) {
            problems.add("moments: " + missing + " acknowledged missing, " + twice + " stored more than once");
        }
        int halfMoments = jdbc.queryForObject("select count(*) from exception_entry where client_id in (" + clients
                + ") and request_key is not null and (draft or coalesce(context, behaviour, thoughts, emotions, meaning)"
                + " is null)", Integer.class);
        if (halfMoments > 0) {
            problems.add(halfMoments + " moments with a request key but no text, or still a draft");
        }

        // Homework: each acknowledged text once among the assignment's submissions; no duplicate at all.
        Map<String, Integer> perText = new HashMap<>();
        jdbc.query("select s.assignment_id, v.value from answer_set s join answer_value v on v.answer_set_id = s.id "
                + "where s.kind = 'SUBMISSION' and s.assignment_id in (" + assignments + ")", rs -> {
                    perText.merge(rs.getLong(1) + "/" + rs.getString(2), 1, Integer::sum);
                });
        missing = 0;
        twice = 0;
        for (var e : submissions.entrySet()) {
            synchronized (e.getValue()) {
                for (String text : e.getValue()) {
                    int n = perText.getOrDefault(e.getKey() + "/" + text, 0);
                    missing += n == 0 ? 1 : 0;
                    twice += n > 1 ? 1 : 0;
                }
            }
        }
        long duplicated = perText.values().stream().filter(n -> n > 1).count();
        if (missing > 0 || twice > 0 || duplicated > 0) {
            problems.add("homework: " + missing + " acknowledged submissions missing, " + Math.max(twice, duplicated)
                    + " stored more than once");
        }
        int emptySubmissions = jdbc.queryForObject("select count(*) from answer_set s where s.kind = 'SUBMISSION' and "
                + "s.assignment_id in (" + assignments + ") and not exists (select 1 from answer_value v where "
                + "v.answer_set_id = s.id)", Integer.class);
        int sentWithout = jdbc.queryForObject("select count(*) from assignment a where a.id in (" + assignments
                + ") and a.status = 'SUBMITTED' and (a.submitted_at is null or not exists (select 1 from answer_set s "
                + "where s.assignment_id = a.id and s.kind = 'SUBMISSION'))", Integer.class);
        if (emptySubmissions > 0 || sentWithout > 0) {
            problems.add("homework half written: " + emptySubmissions + " submissions without answers, " + sentWithout
                    + " sent assignments without a submission");
        }
        int submissionsCounted = jdbc.queryForObject("select count(*) from answer_set s where s.kind = 'SUBMISSION' "
                + "and s.assignment_id in (" + assignments + ") and s.number > (select count(*) from answer_set t where "
                + "t.assignment_id = s.assignment_id and t.kind = 'SUBMISSION')", Integer.class);
        if (submissionsCounted > 0) {
            problems.add(submissionsCounted + " submissions numbered past their count (a gap or a lost version)");
        }

        // Ratings: one per client and day; the day's note is the last acknowledged one (or a later try).
        Map<Long, String> latestNote = new HashMap<>();
        int manyPerDay = jdbc.queryForObject("select count(*) from (select client_id, rated_on from scale_rating where "
                + "source = 'HOME' and client_id in (" + clients + ") group by client_id, rated_on having count(*) > 1) d",
                Integer.class);
        jdbc.query("select r.client_id, r.note from scale_rating r where r.source = 'HOME' and r.client_id in ("
                + clients + ") and r.rated_on = (select max(q.rated_on) from scale_rating q where q.client_id = "
                + "r.client_id and q.source = 'HOME')", rs -> {
                    latestNote.put(rs.getLong(1), rs.getString(2));
                });
        long wrongNote = lastRating.entrySet().stream().filter(e -> !e.getValue().equals(latestNote.get(e.getKey()))
                && !unacknowledgedRatings.getOrDefault(e.getKey(), Set.of()).contains(latestNote.get(e.getKey())))
                .count();
        if (manyPerDay > 0 || wrongNote > 0) {
            problems.add("ratings: " + manyPerDay + " client days with more than one, " + wrongNote
                    + " clients whose acknowledged rating is not the one stored");
        }

        // Sessions: each acknowledged one there, none without its attendees or its rating.
        if (!sessionIds.isEmpty()) {
            var ids = new HashSet<>(sessionIds);
            String list = ids.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse("0");
            int found = jdbc.queryForObject("select count(*) from therapy_session where id in (" + list + ")",
                    Integer.class);
            if (found != ids.size()) {
                problems.add("sessions: " + (ids.size() - found) + " acknowledged missing");
            }
        }
        int bareSessions = jdbc.queryForObject("select count(*) from therapy_session s where s.case_id in (" + cases
                + ") and (not exists (select 1 from session_attendee a where a.session_id = s.id) or not exists "
                + "(select 1 from scale_rating r where r.session_id = s.id))", Integer.class);
        if (bareSessions > 0) {
            problems.add(bareSessions + " sessions without their attendees or rating");
        }
        return problems;
    }

    long sessionsAcknowledged() {
        return sessionIds.size();
    }
}
