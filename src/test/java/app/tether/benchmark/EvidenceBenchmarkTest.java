package app.tether.benchmark;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestUsers;
import app.tether.base.chart.SvgTrendRenderer;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.Lens;
import app.tether.exceptionlog.EntryInput;
import app.tether.exceptionlog.ExceptionFilter;
import app.tether.exceptionlog.ExceptionLogService;
import app.tether.exceptionlog.ExceptionProvisioning;
import app.tether.scales.RatingSource;
import app.tether.scales.ScaleChartFactory;
import app.tether.scales.ScaleProvisioning;
import app.tether.scales.ScaleService;
import app.tether.security.AccountProvisioning;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

/**
 * Benchmark for the evidence screens (not part of the normal test run): a couple case with two
 * years of daily entries and ratings per partner. Prints the median server time of the review
 * grid's first page, the pattern view and the trend chart, and the SQL statements each needs,
 * at one and at two years of data, so growth shows. Run:
 * {@code ./mvnw test -Dsurefire.excludedGroups=none -Dgroups=benchmark}
 */
@Tag("benchmark")
@IntegrationTest
@TestPropertySource(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
class EvidenceBenchmarkTest {

    static final int RUNS = 21;
    static final int WARMUP = 5;
    static final String[] TAGS = {"shared activity", "cooking together", "shopping together", "kind gesture",
        "message before separating", "weekend", "evening", "at home", "outdoors", "calm mood"};

    @Autowired ExceptionLogService log;
    @Autowired ScaleService scales;
    @Autowired ExceptionProvisioning exceptionProvisioning;
    @Autowired ScaleProvisioning scaleProvisioning;
    @Autowired AccountProvisioning accountProvisioning;
    @Autowired CaseProvisioning caseProvisioning;
    @Autowired UserDetailsService userDetails;
    @Autowired EntityManagerFactory emf;

    @Test
    void evidence_screens_on_a_busy_couple_case() throws Exception {
        var data = new TestData(accountProvisioning, caseProvisioning);
        var therapist = data.therapist();
        var a = data.client("Bench A");
        var b = data.client("Bench B");
        long caseId = data.enrolledCase(therapist, Lens.CONNECTION, 730, a, b);
        var users = new TestUsers(userDetails);
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        List<String> report = new ArrayList<>();
        report.add(String.format("%-26s %8s %10s %12s %12s", "operation", "entries", "ratings", "median ms", "statements"));
        LocalDate today = LocalDate.now();
        Random random = new Random(42);
        int days = 0;
        for (int years = 1; years <= 2; years++) {
            long started = System.nanoTime();
            for (long client : new long[] {a.id(), b.id()}) {
                List<EntryInput> inputs = new ArrayList<>();
                for (int d = days; d < years * 365; d++) {
                    LocalDateTime at = today.minusDays(729 - d).atTime(7 + random.nextInt(15), random.nextInt(60));
                    List<String> tags = List.of(TAGS[random.nextInt(TAGS.length)], TAGS[random.nextInt(TAGS.length)]);
                    inputs.add(new EntryInput(at, "Day " + d + ": we did something together", "I stayed calm",
                            null, "warm", null, tags, random.nextInt(10) == 0));
                    scaleProvisioning.rate(caseId, client, at.toLocalDate(), 1 + Math.min(9, d / 80 + random.nextInt(2)),
                            RatingSource.HOME, null);
                }
                exceptionProvisioning.logAll(caseId, client, inputs);
            }
            days = years * 365;
            System.out.printf("generated %d days per partner in %d ms%n", days, (System.nanoTime() - started) / 1_000_000);
            int entries = users.as(therapist.username(), () -> log.count(caseId, ExceptionFilter.none()));
            int ratings = entries;
            report.add(measure(stats, "review grid, first page", entries, ratings, () -> users.run(therapist.username(), () -> {
                log.review(caseId, ExceptionFilter.none(), 0, 50);
                log.count(caseId, ExceptionFilter.none());
            })));
            report.add(measure(stats, "pattern view", entries, ratings,
                    () -> users.run(therapist.username(), () -> log.patterns(caseId, null))));
            report.add(measure(stats, "trend chart (data + SVG)", entries, ratings, () -> users.run(therapist.username(), () -> {
                var scale = scales.caseScale(caseId);
                SvgTrendRenderer.render(ScaleChartFactory.chart(scale, (k, args) -> k), 760, 300);
            })));
        }
        report.forEach(System.out::println);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/benchmark-evidence.txt"), report);
    }

    private static String measure(Statistics stats, String name, int entries, int ratings, Runnable op) {
        Timing timing = Timing.of(stats, WARMUP, RUNS, op);
        return String.format("%-26s %8d %10d %12.1f %12d", name, entries, ratings, timing.medianMs(),
                timing.statements());
    }
}
