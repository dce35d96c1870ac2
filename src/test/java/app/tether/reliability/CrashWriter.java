package app.tether.reliability;

import app.tether.TestUsers;
import app.tether.exceptionlog.EntryInput;
import app.tether.exceptionlog.ExceptionLogService;
import app.tether.homework.Answers;
import app.tether.homework.MyHomeworkService;
import app.tether.scales.ScaleService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Runs inside a Tether node for scenario 3: one thread per client writes through the services the
 * client's screens call (a moment, a homework sending, a rating, in turn), each write carrying a
 * unique key in its text, and appends "kind key" to the acknowledgement file only after the call
 * returned, that is after its transaction committed. The node is then killed with SIGKILL: every
 * line of the file must be in the database once the node is back. Bounded by count and time.
 */
final class CrashWriter {

    /** One client of the plan: who signs in, their case and the homework they send again and again. */
    record Writer(String username, long caseId, long assignmentId) {

        static Writer parse(String line) {
            String[] p = line.split(" ");
            return new Writer(p[0], Long.parseLong(p[1]), Long.parseLong(p[2]));
        }

        String line() {
            return username + " " + caseId + " " + assignmentId;
        }
    }

    // Far more than any machine writes in the time bound: the time ends the run, the kill comes first.
    static final int MAX_WRITES_PER_CLIENT = 1_000_000;
    static final long MAX_MILLIS = 120_000;

    private final ApplicationContext context;
    private final Path acks;
    private final AtomicBoolean stop = new AtomicBoolean();

    CrashWriter(ApplicationContext context, Path acks) {
        this.context = context;
        this.acks = acks;
    }

    static final String PLAN = "tether.crash.plan";
    static final String ACKS = "tether.crash.acks";

    /** In a node started with --tether.crash.plan and --tether.crash.acks: starts writing. */
    static void startIfPlanned(ApplicationContext context) {
        String plan = context.getEnvironment().getProperty(PLAN);
        if (plan == null || plan.isBlank()) {
            return;
        }
        try {
            new CrashWriter(context, Path.of(context.getEnvironment().getProperty(ACKS))).start(readPlan(Path.of(plan)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts one daemon thread per writer; they stop by themselves after the bounds. */
    void start(List<Writer> writers) {
        for (Writer w : writers) {
            Thread t = new Thread(() -> write(w), "crash-writer-" + w.username());
            t.setDaemon(true);
            t.start();
        }
    }

    private void write(Writer w) {
        TestUsers.signIn(context.getBean(UserDetailsService.class), w.username());
        ExceptionLogService log = context.getBean(ExceptionLogService.class);
        MyHomeworkService homework = context.getBean(MyHomeworkService.class);
        ScaleService scale = context.getBean(ScaleService.class);
        long deadline = System.currentTimeMillis() + MAX_MILLIS;
        try {
            for (int n = 0; n < MAX_WRITES_PER_CLIENT && !stop.get() && System.currentTimeMillis() < deadline; n++) {
                String key = "crash-" + w.username() + "-" + n;
                try {
                    switch (n % 3) {
                        case 0 -> {
                            log.save(w.caseId(), null, new EntryInput(LocalDateTime.now().minusMinutes(5), key,
                                    "I asked instead of guessing", null, null, null, List.of("crash"), false), 0);
                            ack("moment " + key);
                        }
                        case 1 -> {
                            long version = homework.open(w.assignmentId()).summary().version();
                            homework.submit(w.assignmentId(), new Answers(Map.of("ways",
                                    List.of(key, "a walk after dinner", "tea by the window"))), version);
                            ack("homework " + key);
                        }
                        default -> {
                            scale.rateToday(w.caseId(), 1 + n % 10, key, null);
                            ack("rating " + key);
                        }
                    }
                } catch (RuntimeException e) {
                    ack("refused " + key + " " + e.getClass().getSimpleName());
                }
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private synchronized void ack(String line) {
        try {
            // The operating system keeps what was written when the process is killed; no fsync needed.
            Files.writeString(acks, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Writer> readPlan(Path plan) throws IOException {
        List<Writer> writers = new ArrayList<>();
        for (String line : Files.readAllLines(plan)) {
            if (!line.isBlank()) {
                writers.add(Writer.parse(line));
            }
        }
        return writers;
    }
}
