package app.tether.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestData.Person;
import app.tether.TestUsers;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.Lens;
import app.tether.exceptionlog.EntryInput;
import app.tether.exceptionlog.ExceptionProvisioning;
import app.tether.homework.Answers;
import app.tether.homework.AssignRequest;
import app.tether.homework.HomeworkProvisioning;
import app.tether.homework.MyHomeworkService;
import app.tether.programme.ExerciseDefinition;
import app.tether.programme.ExerciseLibraryService;
import app.tether.programme.FieldKind;
import app.tether.programme.FieldSpec;
import app.tether.programme.FrameworkCatalog;
import app.tether.programme.FrameworkExercises;
import app.tether.reports.PaperSize;
import app.tether.scales.RatingSource;
import app.tether.scales.ScaleProvisioning;
import app.tether.security.AccountProvisioning;
import app.tether.sessions.SessionInput;
import app.tether.sessions.SessionService;
import app.tether.sessions.SessionSummaryService;
import app.tether.sessions.SummaryCopy;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

/**
 * Benchmark for the printed session summary (not part of the normal test run). A busy couple case
 * (120 days of daily ratings, ten weekly sessions, 40 moments since the last session, a dozen
 * pieces of homework half answered) prints its latest session; then the therapist prints a day of
 * 30 sessions across the caseload as one PDF. Reports the first (cold) print, median and p90 server
 * time, SQL statements, pages and size. Run:
 * {@code ./mvnw test -Dsurefire.excludedGroups=none -Dgroups=benchmark -Dtest=SummaryBenchmarkTest}
 */
@Tag("benchmark")
@IntegrationTest
@TestPropertySource(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
class SummaryBenchmarkTest {

    static final int WARMUP = 10;
    static final int RUNS = 31;
    static final int DAY_WARMUP = 2;
    static final int DAY_RUNS = 5;
    static final int DAY_SESSIONS = 30;
    static final String[] TAGS = {"shared activity", "cooking together", "shopping together", "kind gesture",
        "message before separating", "weekend", "evening", "at home", "outdoors", "calm mood"};
    static final String NOTES = "Both arrived on time and calmer than last week. They described two evenings in "
            + "which a disagreement about money ended within the hour instead of turning into days of silence; each "
            + "named what the other did that helped: a cup of tea, a hand on the shoulder, a short message before "
            + "leaving for work. We looked at the scale together and talked about what one point higher would look "
            + "like in an ordinary week. Agreed to keep logging good moments and to try one shared activity at the "
            + "weekend, planned on Thursday evening. Some worry remains about the family visit next month.";
    static final String ANSWER = "We noticed that the evenings go better when we cook together and leave the phones "
            + "in the other room; the conversation is slower and kinder, and nobody walks away from the table. "
            + "Next week we want to try this on a weekday as well, even if it is only for half an hour.";
    static final ZoneId ZONE = ZoneId.systemDefault();

    @Autowired SessionService sessions;
    @Autowired SessionSummaryService summaries;
    @Autowired MyHomeworkService myHomework;
    @Autowired ExerciseLibraryService library;
    @Autowired FrameworkCatalog catalog;
    @Autowired HomeworkProvisioning homeworkProvisioning;
    @Autowired ExceptionProvisioning exceptionProvisioning;
    @Autowired ScaleProvisioning scaleProvisioning;
    @Autowired AccountProvisioning accountProvisioning;
    @Autowired CaseProvisioning caseProvisioning;
    @Autowired UserDetailsService userDetails;
    @Autowired EntityManagerFactory emf;

    TestUsers users;
    final Random random = new Random(42);

    record Result(String name, double firstMs, double medianMs, double p90Ms, long statements, int pages,
                  double kb, byte[] pdf) {

        String row() {
            return String.format("%-34s %9.1f %10.1f %8.1f %11d %6d %8.1f", name, firstMs, medianMs, p90Ms,
                    statements, pages, kb);
        }
    }

    @Test
    void printed_summary_of_a_busy_couple_case_and_of_a_day_of_thirty_sessions() throws IOException {
        long started = System.nanoTime();
        users = new TestUsers(userDetails);
        var data = new TestData(accountProvisioning, caseProvisioning);
        Person therapist = data.therapist();
        LocalDate today = LocalDate.now();
        // A few minutes ago, but never yesterday: printDay prints today's sessions.
        LocalDateTime now = LocalDateTime.now();
        LocalDateTime heldAt = now.minusMinutes(5).isBefore(today.atStartOfDay()) ? today.atStartOfDay()
                : now.minusMinutes(5);

        long busySession = busyCase(data, therapist, heldAt);
        for (int i = 1; i < DAY_SESSIONS; i++) {
            // Spread over the day so far, all before the busy case's session.
            LocalDateTime at = today.atStartOfDay()
                    .plus(Duration.between(today.atStartOfDay(), heldAt).multipliedBy(i).dividedBy(DAY_SESSIONS));
            moderateCase(data, therapist, i, at);
        }
        assertThat(users.as(therapist.username(), () -> sessions.sessionsOn(today))).hasSize(DAY_SESSIONS);
        double generated = (System.nanoTime() - started) / 1e9;
        System.out.printf("generated the busy case and %d more in %.1f s%n", DAY_SESSIONS - 1, generated);

        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        List<String> report = new ArrayList<>();
        report.add(String.format("%-34s %9s %10s %8s %11s %6s %8s", "operation", "first ms", "median ms", "p90 ms",
                "statements", "pages", "KB"));
        // Signed in once, so the timings and counts leave out loading the user.
        users.run(therapist.username(), () -> {
            Result one = measure(stats, "print (busy couple, full record)", WARMUP, RUNS,
                    () -> summaries.print(busySession, SummaryCopy.fullRecord(), PaperSize.A4).pdf());
            report.add(one.row());
            keep("target/benchmark-summary.pdf", one.pdf());

            System.gc();
            long before = usedHeap();
            AtomicLong peak = new AtomicLong(before);
            var sampler = Executors.newSingleThreadScheduledExecutor();
            sampler.scheduleAtFixedRate(() -> peak.accumulateAndGet(usedHeap(), Math::max), 0, 5,
                    TimeUnit.MILLISECONDS);
            Result day = measure(stats, "printDay (" + DAY_SESSIONS + " sessions)", DAY_WARMUP, DAY_RUNS,
                    () -> summaries.printDay(today, PaperSize.A4, n -> { }).pdf());
            sampler.shutdownNow();
            long after = usedHeap();
            report.add(day.row());
            report.add("");
            report.add("first ms: the first call; for print it includes compiling the template (cold).");
            report.add(String.format("print: warm-up %d, %d timed runs; printDay: warm-up %d, %d timed runs "
                    + "(its p90 is the slowest of 5).", WARMUP, RUNS, DAY_WARMUP, DAY_RUNS));
            report.add("statements: SQL statements prepared by one run (Hibernate statistics).");
            report.add(String.format("heap used (totalMemory - freeMemory) around the printDay runs, best effort: "
                    + "before %d MB (after a GC), peak %d MB (sampled every 5 ms), after %d MB", before >> 20,
                    peak.get() >> 20, after >> 20));
        });
        report.add(String.format("data generation %.1f s, whole benchmark %.1f s", generated,
                (System.nanoTime() - started) / 1e9));
        report.forEach(System.out::println);
        Files.write(Path.of("target/benchmark-summary.txt"), report);
    }

    /**
     * The couple case: returns its latest session (held at {@code heldAt}), whose summary is measured.
     */
    private long busyCase(TestData data, Person therapist, LocalDateTime heldAt) {
        Person a = data.client("Bench A");
        Person b = data.client("Bench B");
        List<Long> both = List.of(a.id(), b.id());
        long caseId = data.enrolledCase(therapist, Lens.CONNECTION, 120, a, b);
        LocalDate today = heldAt.toLocalDate();
        for (int d = 0; d < 120; d++) {
            for (long client : both) {
                scaleProvisioning.rate(caseId, client, today.minusDays(119 - d),
                        Math.min(10, 2 + d / 20 + random.nextInt(2)), RatingSource.HOME, null);
            }
        }
        // Nine weekly sessions before today's.
        for (int weeks = 9; weeks >= 1; weeks--) {
            int rating = Math.min(10, 2 + (9 - weeks) / 2);
            var input = new SessionInput(today.minusWeeks(weeks).atTime(17, 0), both,
                    Map.of(a.id(), rating, b.id(), rating + 1), NOTES);
            users.run(therapist.username(), () -> sessions.create(caseId, input));
        }
        LocalDateTime previous = today.minusWeeks(1).atTime(17, 0);

        // 40 moments between the previous session and today's, taking turns.
        Map<Long, List<EntryInput>> moments = new LinkedHashMap<>();
        for (int i = 0; i < 40; i++) {
            LocalDateTime at = previous.plus(Duration.between(previous, heldAt).multipliedBy(i + 1).dividedBy(41));
            moments.computeIfAbsent(both.get(i % 2), k -> new ArrayList<>()).add(entry(i, at));
        }
        moments.forEach((client, entries) -> exceptionProvisioning.logAll(caseId, client, entries));

        // Twelve exercises set at the two sessions before today's, taking turns; half answered, by both partners.
        // Back-dated on purpose: the summary lists only homework assigned before the session.
        List<ExerciseDefinition> exercises = answerable().stream().filter(e -> e.stage() != 2).limit(12).toList();
        for (int i = 0; i < exercises.size(); i++) {
            Person client = i % 2 == 0 ? a : b;
            // The first six were due at the previous session: those left open print as overdue.
            boolean early = i < 6;
            Instant setAt = (early ? previous.minusWeeks(1) : previous).atZone(ZONE).toInstant();
            long id = homeworkProvisioning.assign(caseId, client.id(), therapist.id(), exercises.get(i), null,
                    "For this week", early ? previous.toLocalDate() : today.plusDays(6), setAt);
            if (i / 2 % 2 == 0) {
                submit(client, id, exercises.get(i));
            }
        }

        long sessionId = users.as(therapist.username(), () -> sessions.create(caseId,
                new SessionInput(heldAt, both, Map.of(a.id(), 6, b.id(), 7), NOTES)).id());
        users.run(therapist.username(), () -> sessions.setHomework(sessionId, new AssignRequest(caseId,
                library.stageSet(2).stream().map(ExerciseDefinition::id).toList(), both, null, "Until next week")));
        return sessionId;
    }

    /** One of the other cases seen today: 60 days of ratings, 10 moments, 2 homework (one answered). */
    private void moderateCase(TestData data, Person therapist, int n, LocalDateTime heldAt) {
        Person client = data.client("Client " + n);
        long caseId = data.enrolledCase(therapist, Lens.values()[n % Lens.values().length], 60, client);
        LocalDate today = heldAt.toLocalDate();
        for (int d = 0; d < 60; d++) {
            scaleProvisioning.rate(caseId, client.id(), today.minusDays(59 - d), Math.min(10, 3 + d / 15),
                    RatingSource.HOME, null);
        }
        List<EntryInput> entries = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            entries.add(entry(i, today.minusDays(55 - 5L * i).atTime(19, 30)));
        }
        exceptionProvisioning.logAll(caseId, client.id(), entries);
        List<ExerciseDefinition> exercises = answerable();
        Instant setAt = today.minusDays(14).atTime(17, 0).atZone(ZONE).toInstant();
        for (int i = 0; i < 2; i++) {
            ExerciseDefinition e = exercises.get((n + i) % exercises.size());
            long id = homeworkProvisioning.assign(caseId, client.id(), therapist.id(), e, null, null,
                    today.plusDays(3), setAt);
            if (i == 0) {
                submit(client, id, e);
            }
        }
        users.run(therapist.username(), () -> sessions.create(caseId, new SessionInput(heldAt, List.of(client.id()),
                Map.of(client.id(), 5), NOTES)));
    }

    private EntryInput entry(int i, LocalDateTime at) {
        List<String> tags = List.of(TAGS[random.nextInt(TAGS.length)], TAGS[random.nextInt(TAGS.length)],
                TAGS[random.nextInt(TAGS.length)]);
        return new EntryInput(at, "Moment " + i + ": we cooked dinner together after a long day at work",
                "I asked about her day and listened without checking my phone",
                "This is what it used to feel like; maybe we can get back there", "warm, relieved, a bit hopeful",
                "Small shared routines keep us close even on busy days", tags, i % 5 == 0);
    }

    /** Framework exercises a client can answer alone, without picking from earlier answers or the log. */
    private List<ExerciseDefinition> answerable() {
        return FrameworkExercises.all().stream()
                .filter(s -> s.recurrence() == null && !s.partner()
                        && s.fields().stream().noneMatch(f -> f.kind() == FieldKind.PICK || f.kind() == FieldKind.MOMENTS))
                .map(s -> catalog.byCode(s.code())).toList();
    }

    /** Sends answers as the client would, so the summary shows real key answers. */
    private void submit(Person client, long assignmentId, ExerciseDefinition exercise) {
        users.run(client.username(), () -> myHomework.submit(assignmentId, answers(exercise),
                myHomework.open(assignmentId).summary().version()));
    }

    /** Every prompt filled within its limits; lists a little above their minimum. */
    private Answers answers(ExerciseDefinition exercise) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (FieldSpec f : exercise.fields()) {
            values.put(f.key(), switch (f.kind()) {
                case TEXT -> List.of(clip(ANSWER, f.maxLength()));
                case LETTER -> List.of("Dear you,", clip(ANSWER, f.maxLength()), "With love");
                case RATING -> List.of(String.valueOf(4 + random.nextInt(5)));
                case LIST, RANKED, DAYS -> {
                    int count = f.kind() == FieldKind.DAYS ? f.maxItems() : Math.min(f.maxItems(), f.minItems() + 2);
                    List<String> items = new ArrayList<>();
                    for (int i = 1; i <= count; i++) {
                        items.add(clip(i + ". A walk after dinner with the phones left at home", f.maxLength()));
                    }
                    yield items;
                }
                case PICK, MOMENTS, PER_MOMENT -> List.of();
            });
        }
        return new Answers(values);
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max).strip();
    }

    /** First call, warm-up, one counted run, then the timed runs. */
    private static Result measure(Statistics stats, String name, int warmup, int runs, Supplier<byte[]> print) {
        long t = System.nanoTime();
        byte[] pdf = print.get();
        double first = (System.nanoTime() - t) / 1e6;
        Timing timing = Timing.of(stats, warmup, runs, print::get);
        return new Result(name, first, timing.medianMs(), timing.percentileMs(0.9), timing.statements(), pages(pdf),
                pdf.length / 1024.0, pdf);
    }

    private static int pages(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps the measured PDF for a person to look at. */
    private static void keep(String file, byte[] pdf) {
        try {
            Files.createDirectories(Path.of("target"));
            Files.write(Path.of(file), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
