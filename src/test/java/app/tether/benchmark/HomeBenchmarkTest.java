package app.tether.benchmark;

import app.tether.IntegrationTest;
import app.tether.TestUsers;
import app.tether.base.PracticeTime;
import app.tether.base.db.SqlStatements;
import app.tether.e2e.Chromium;
import app.tether.home.HomeService;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.management.ObjectName;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.ChainListener;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The therapist's home screen for a full practice (not part of the normal test run): generates
 * 20 therapists with 150 cases and one with 15 ({@link PracticeGenerator}), then prints, for
 * caseloads of 15 and 150, the server time of one data load (median, p95), the SQL statements it
 * runs, the heap each signed-in session with the home screen open retains, and how long a real
 * headless Chromium takes from navigation to the home screen showing the cases (the figures from
 * before the home screen, with the old caseload cards, are in the README).
 * Run: {@code ./mvnw test -Dsurefire.excludedGroups=none -Dgroups=benchmark}
 * (this class alone: add {@code -Dtest=HomeBenchmarkTest}). Written to
 * {@code target/benchmark-home.txt}.
 */
@Tag("benchmark")
@IntegrationTest
class HomeBenchmarkTest {

    static final int WARMUP = 30;
    static final int RUNS = 60;
    static final int SESSIONS = 20;
    static final int BROWSER_RUNS = 10;

    @Autowired JdbcTemplate jdbc;
    @Autowired HomeService home;
    @Autowired UserDetailsService userDetails;
    @Autowired PracticeTime time;
    @Autowired WebServerApplicationContext webContext;
    @Autowired DataSource dataSource;
    @LocalServerPort int port;

    @Test
    void home_screen_for_a_full_practice() throws Exception {
        List<String> out = new ArrayList<>();
        var generated = new PracticeGenerator(jdbc, time.today()).generate();
        out.add(String.format("generated in %.1f s; rows in the database: %s", generated.millis() / 1000.0,
                generated.rows()));
        var users = new TestUsers(userDetails);
        String small = PracticeGenerator.therapist(21);
        String full = PracticeGenerator.therapist(1);

        out.add("");
        out.add(String.format("%-34s %7s %10s %10s %11s", "data load (server, in-process)", "cases", "median ms",
                "p95 ms", "statements"));
        for (String who : List.of(small, full)) {
            int cases = users.as(who, () -> home.load().cases().size());
            out.add(row("HomeService.load() (home screen)", cases, users, who, () -> home.load()));
        }

        out.add("");
        out.add("where a 150-case load spends its time (median per statement over " + RUNS + " loads, "
                + "as the JDBC driver returned it; the rest is Java):");
        out.addAll(users.as(full, () -> statementProfile(() -> home.load())));
        out.add("");
        out.add(String.format("%-34s %7s %14s %22s", "view at /caseload (real sessions)", "cases",
                "heap/session", "Chromium nav→shown ms"));
        try (Chromium chromium = Chromium.launch()) {
            Browser browser = chromium.browser;
            // Warm-up: classes, caches and the first bundle load, before any measurement.
            BrowserContext warm = signedIn(browser, small, 15);
            warm.pages().getFirst().navigate(url("/caseload"));
            waitShown(warm.pages().getFirst(), 15);
            for (var c : List.of(new int[] {21, PracticeGenerator.SMALL}, new int[] {1, PracticeGenerator.FULL})) {
                int cases = c[1];
                List<String> who = new ArrayList<>();
                for (int i = 0; i < SESSIONS; i++) {
                    // 150: twenty different therapists; 15: the one small caseload, twenty times.
                    who.add(cases == PracticeGenerator.SMALL ? small : PracticeGenerator.therapist(1 + i));
                }
                Heap heap = heapPerSession(browser, who, cases);
                BrowserTimes browserTimes = browserMedian(browser, PracticeGenerator.therapist(c[0]), cases);
                out.add(String.format("%-34s %7d %11.0f KB %22.0f", "", cases, heap.perSessionKb(),
                        browserTimes.shownMs()));
                out.add(String.format("    live bytes from class histograms; used heap after GC gave %.0f KB per session",
                        heap.usedHeapPerSessionKb()));
                out.add("    in the page (medians): " + browserTimes.phases());
                out.add("    " + heap.views() + " views went with the " + SESSIONS
                        + " sessions; per session, by class: " + heap.topClasses());
            }
            warm.close();
        }
        out.add("");
        out.add("targets: ≤150 ms median data load for 150 cases; ≤6 statements, equal for 15 and 150; "
                + "≤500 KB heap per session; shown within 700 ms");
        out.forEach(System.out::println);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/benchmark-home.txt"), out);
    }

    private static String row(String name, int cases, TestUsers users, String who, Supplier<?> load) {
        return users.as(who, () -> {
            Timing timing = Timing.of(WARMUP, RUNS, load::get);
            var counted = SqlStatements.count(load::get);
            return String.format("%-34s %7d %10.1f %10.1f %11d", name, cases, timing.medianMs(),
                    timing.percentileMs(0.95), counted.statements());
        });
    }

    /** Times each statement of a load through the test DataSource's proxy (datasource-proxy). */
    private List<String> statementProfile(Supplier<?> load) {
        Thread me = Thread.currentThread();
        Map<String, List<Long>> times = new java.util.LinkedHashMap<>();
        Map<String, List<Object>> params = new HashMap<>();
        QueryExecutionListener listener = new QueryExecutionListener() {
            @Override
            public void beforeQuery(ExecutionInfo info, List<QueryInfo> queries) {
            }

            @Override
            public void afterQuery(ExecutionInfo info, List<QueryInfo> queries) {
                if (Thread.currentThread() == me && !queries.isEmpty()) {
                    QueryInfo q = queries.getFirst();
                    times.computeIfAbsent(q.getQuery(), k -> new ArrayList<>()).add(info.getElapsedTime());
                    params.computeIfAbsent(q.getQuery(), k -> q.getParametersList().isEmpty() ? List.of()
                            : q.getParametersList().getFirst().stream()
                                    .sorted(java.util.Comparator.comparingInt(op -> ((Number) op.getArgs()[0]).intValue()))
                                    .map(op -> op.getArgs()[1]).toList());
                }
            }
        };
        ChainListener composite = ((ProxyDataSource) dataSource).getProxyConfig().getQueryListener();
        composite.addListener(listener);
        long[] total = new long[RUNS];
        try {
            for (int i = 0; i < RUNS; i++) {
                long t = System.nanoTime();
                load.get();
                total[i] = System.nanoTime() - t;
            }
        } finally {
            composite.getListeners().remove(listener);
        }
        Arrays.sort(total);
        List<String> lines = new ArrayList<>();
        long sqlSum = 0;
        for (var e : times.entrySet()) {
            long[] ms = e.getValue().stream().mapToLong(Long::longValue).sorted().toArray();
            long median = ms[ms.length / 2];
            sqlSum += median;
            String sql = e.getKey().replaceAll("\\s+", " ");
            lines.add(String.format("  %5d ms  %s", median, sql.length() > 150 ? sql.substring(0, 150) + "…" : sql));
        }
        lines.add(String.format("  %5d ms  in SQL, of a %.0f ms median load", sqlSum, total[RUNS / 2] / 1e6));
        // The slowest statement's plan, with the parameters it ran with.
        times.entrySet().stream().max(java.util.Comparator.comparingLong(
                        e -> e.getValue().stream().mapToLong(Long::longValue).sorted().toArray()[e.getValue().size() / 2]))
                .ifPresent(e -> {
                    lines.add("  plan of the slowest (EXPLAIN: table, type, key, rows, extra):");
                    jdbc.query("EXPLAIN " + e.getKey(), rs -> {
                        lines.add(String.format("    %s, %s, %s, %s, %s", rs.getString("table"), rs.getString("type"),
                                rs.getString("key"), rs.getString("rows"), rs.getString("Extra")));
                    }, params.get(e.getKey()).toArray());
                });
        return lines;
    }

    // ---- the browser ----

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private BrowserContext signedIn(Browser browser, String username, int cases) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        context.setDefaultTimeout(60_000);
        Page page = context.newPage();
        page.navigate(url("/login"));
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill("tether-demo");
        page.locator("vaadin-login-form vaadin-button").first().click();
        page.waitForURL(u -> !u.contains("/login"));
        waitShown(page, cases);
        return context;
    }

    /**
     * The cases are shown: either every card of the old caseload is on the page, or the home grid
     * knows all its rows and has drawn the first ones (a lazy grid draws only what is visible).
     */
    private static void waitShown(Page page, int cases) {
        page.waitForFunction("n => document.querySelectorAll('a.case-card').length >= n"
                + " || (() => { const g = document.querySelector('#home-grid');"
                + " return g && g.size >= n && g.querySelector('[id^=\"case-\"]') !== null; })()", cases);
    }

    record BrowserTimes(double shownMs, String phases) {
    }

    /**
     * Median of {@link #BROWSER_RUNS} navigations, and where they spend it (the page's own
     * Performance API, medians): document received, Vaadin's bootstrap request ({@code v-r=init})
     * sent and answered, and the cases shown; after the bootstrap come the round trip in which the
     * server builds the view (and loads its data) and the browser drawing the grid.
     */
    private BrowserTimes browserMedian(Browser browser, String username, int cases) {
        BrowserContext context = signedIn(browser, username, cases);
        Page page = context.pages().getFirst();
        long[] times = new long[BROWSER_RUNS];
        double[][] phases = new double[4][BROWSER_RUNS];
        for (int i = -2; i < BROWSER_RUNS; i++) {
            long t = System.nanoTime();
            page.navigate(url("/caseload"));
            waitShown(page, cases);
            if (i >= 0) {
                times[i] = System.nanoTime() - t;
                @SuppressWarnings("unchecked")
                List<Number> p = (List<Number>) page.evaluate("() => {"
                        + " const n = performance.getEntriesByType('navigation')[0];"
                        + " const r = performance.getEntriesByType('resource').find(e => e.name.includes('v-r=init'));"
                        + " return [n.responseEnd, r ? r.requestStart : -1, r ? r.responseEnd : -1, performance.now()]; }");
                for (int k = 0; k < 4; k++) {
                    phases[k][i] = p.get(k).doubleValue();
                }
            }
        }
        context.close();
        Arrays.sort(times);
        for (double[] phase : phases) {
            Arrays.sort(phase);
        }
        int m = BROWSER_RUNS / 2;
        String text = String.format("document received at %.0f ms, bootstrap request sent at %.0f ms and answered at %.0f ms "
                + "(%.0f ms), cases shown by %.0f ms (view round trip and drawing)", phases[0][m], phases[1][m], phases[2][m],
                phases[2][m] - phases[1][m], phases[3][m]);
        return new BrowserTimes(times[m] / 1e6, text);
    }

    // ---- the heap ----

    record Heap(double perSessionKb, double usedHeapPerSessionKb, long views, String topClasses) {
    }

    /**
     * Real sessions: each browser context signs in and lands on the home screen. The server runs in
     * this JVM, so the heap after a full GC is taken with all of them open and again after the server
     * has ended every HTTP session (Tomcat's manager, so the browsers and Playwright's client objects in
     * this JVM stay as they were); the difference is what the sessions held. The count of view
     * instances that went with them shows the home screens were there.
     */
    private Heap heapPerSession(Browser browser, List<String> usernames, int cases) throws Exception {
        endAllSessions();
        List<BrowserContext> contexts = new ArrayList<>();
        for (String username : usernames) {
            contexts.add(signedIn(browser, username, cases));
        }
        long with = usedAfterGc();
        Map<String, long[]> open = histogram();
        endAllSessions();
        long without = usedAfterGc();
        Map<String, long[]> ended = histogram();
        for (BrowserContext c : contexts) {
            c.close();
        }
        long views = open.entrySet().stream()
                .filter(e -> e.getKey().endsWith("ui.HomeView") || e.getKey().endsWith("ui.CaseloadView"))
                .mapToLong(e -> e.getValue()[0] - ended.getOrDefault(e.getKey(), new long[2])[0]).sum();
        List<String> top = new ArrayList<>();
        open.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue()[1] - ended.getOrDefault(e.getKey(), new long[2])[1]))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(10)
                .forEach(e -> top.add(String.format("%s %.1f KB", e.getKey(), e.getValue() / 1024.0 / usernames.size())));
        // Live bytes from the two class histograms (each taken right after a full GC): exact for live
        // objects, where the used-heap figure also moves with G1's region bookkeeping (it came out
        // negative in one run). The used-heap difference is kept as a cross-check.
        long liveDiff = open.values().stream().mapToLong(v -> v[1]).sum()
                - ended.values().stream().mapToLong(v -> v[1]).sum();
        return new Heap(liveDiff / 1024.0 / usernames.size(), (with - without) / 1024.0 / usernames.size(), views,
                String.join(", ", top));
    }

    private void endAllSessions() {
        var tomcat = ((TomcatWebServer) webContext.getWebServer()).getTomcat();
        for (var child : tomcat.getHost().findChildren()) {
            for (var session : ((org.apache.catalina.Context) child).getManager().findSessions()) {
                session.expire();
            }
        }
    }

    private static long usedAfterGc() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            memory.gc();
            Thread.sleep(300);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** Live objects per class (the JVM's GC.class_histogram, which runs a full GC first): instances, bytes. */
    private static Map<String, long[]> histogram() throws Exception {
        String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        Map<String, long[]> counts = new HashMap<>();
        for (String line : text.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 4 && f[0].endsWith(":")) {
                counts.put(f[3], new long[] {Long.parseLong(f[1]), Long.parseLong(f[2])});
            }
        }
        return counts;
    }
}
