package app.tether.reliability;

import app.tether.TestData;
import app.tether.TestData.Person;
import app.tether.TestUsers;
import app.tether.audit.AuditService;
import app.tether.audit.ChainCheck;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.Lens;
import app.tether.e2e.Chromium;
import app.tether.security.AccountProvisioning;
import app.tether.security.Role;
import app.tether.security.SignInThrottle;
import app.tether.security.TwoFactorService;
import com.bastiaanjansen.otp.HMACAlgorithm;
import com.bastiaanjansen.otp.TOTPGenerator;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Scenario 6 of issue 16: two Tether JVMs ({@link NodeProcess}) over the test's MariaDB, behind
 * HAProxy ({@link Haproxy}, the repository's deploy/haproxy/tether.cfg), driven by headless
 * Chromium through HAProxy. Checks (a) stickiness, (b) a live home update from a client on node A
 * to a therapist on node B, (c) sign-in throttling and the audit chain across nodes, (d) SIGKILL of
 * node A, (e) a graceful stop of node B with a request in flight.
 */
final class TwoNodesScenario {

    static final String TITLE = "Two nodes";
    // Free ports picked per run: a fixed one could be held by a node a killed build left behind.
    static int LISTEN;
    static int PORT_A;
    static int PORT_B;
    static int STATS;
    static String BASE;
    static final String NODE_HEADER = "x-tether-node";
    /** Moments client A saves before its node is killed. */
    static final int MOMENTS_BEFORE_KILL = 3;

    private TwoNodesScenario() {
    }

    static ScenarioResult run(ReliabilityRun run) throws Exception {
        LISTEN = NodeProcess.freePort();
        PORT_A = NodeProcess.freePort();
        PORT_B = NodeProcess.freePort();
        STATS = NodeProcess.freePort();
        BASE = "http://127.0.0.1:" + LISTEN;
        List<String> problems = new ArrayList<>();
        Map<String, String> figures = new LinkedHashMap<>();
        Optional<Path> haproxy = Haproxy.binary();
        Path chromiumPath = Path.of(System.getenv().getOrDefault("TETHER_CHROMIUM", "/usr/bin/chromium"));
        if (haproxy.isEmpty()) {
            problems.add("HAProxy is not installed (/usr/sbin/haproxy; apt-get install haproxy)");
        }
        if (!Files.isExecutable(chromiumPath)) {
            problems.add("no Chromium at " + chromiumPath);
        }
        if (!problems.isEmpty()) {
            return ScenarioResult.of(6, TITLE, "did not run", "", problems);
        }
        long began = System.nanoTime();
        Deque<AutoCloseable> closing = new ArrayDeque<>();
        Scenario scenario = new Scenario(run, haproxy.get(), problems, figures, closing);
        try {
            scenario.run();
        } catch (Exception | AssertionError e) {
            Path trace = run.workDir().resolve("failure.txt");
            var out = new java.io.StringWriter();
            e.printStackTrace(new java.io.PrintWriter(out));
            Files.writeString(trace, out.toString());
            String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            problems.add("stopped at " + scenario.step + ": " + e.getClass().getSimpleName() + " " + message + " (" + trace + ")");
        } finally {
            // Browsers, HAProxy and both nodes always end here, whatever happened (the nodes by SIGKILL).
            while (!closing.isEmpty()) {
                try {
                    closing.pop().close();
                } catch (Exception | Error e) {
                    problems.add("could not close: " + e);
                }
            }
        }
        figures.put("scenario took", Scenario.secs(Scenario.ms(began)));
        String done = "Two nodes (own JVMs, ports " + PORT_A + "/" + PORT_B + ") on the test's MariaDB behind HAProxy "
                + "(deploy/haproxy/tether.cfg) on " + LISTEN + "; headless Chromium through HAProxy: sticky browsers, "
                + "a client on A updating a therapist's live home on B, sign-in throttling and audit lines on both, "
                + "SIGKILL of A, SIGTERM of B with a request in flight.";
        String figureText = figures.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("; "));
        return ScenarioResult.of(6, TITLE, done, figureText, problems);
    }

    /** One browser context and the nodes that served it (the X-Tether-Node header HAProxy adds). */
    record Tab(String label, BrowserContext context, Page page, Set<String> nodes) {

        String node() {
            return nodes.size() == 1 ? nodes.iterator().next() : nodes.toString();
        }
    }

    private static final class Scenario {
        final ReliabilityRun run;
        final Path haproxyBinary;
        final List<String> problems;
        final Map<String, String> figures;
        final Deque<AutoCloseable> closing;
        final JdbcClient jdbc;
        final TestUsers users;
        final String runId = UUID.randomUUID().toString().substring(0, 8);
        Browser browser;
        /** Where the scenario is, for the report should it stop. */
        volatile String step = "setting up";

        Scenario(ReliabilityRun run, Path haproxyBinary, List<String> problems, Map<String, String> figures,
                 Deque<AutoCloseable> closing) {
            this.run = run;
            this.haproxyBinary = haproxyBinary;
            this.problems = problems;
            this.figures = figures;
            this.closing = closing;
            this.jdbc = JdbcClient.create(run.bean(DataSource.class));
            this.users = new TestUsers(run.bean(UserDetailsService.class));
        }

        void run() throws Exception {
            // People and cases of this run only (never the demo's, which other tests pin).
            var data = new TestData(run.bean(AccountProvisioning.class), run.bean(CaseProvisioning.class));
            Person therapist = data.therapist();
            List<Person> clients = new ArrayList<>();
            Map<String, Long> caseOf = new LinkedHashMap<>();
            int browsers = run.settings().full() ? 8 : 4;
            for (int i = 0; i < browsers; i++) {
                Person c = data.client("Two Nodes Client " + (i + 1));
                clients.add(c);
                caseOf.put(c.username(), data.enrolledCase(therapist, Lens.NARRATIVE, 5, c));
            }
            Person probe = data.client("Throttle Probe");
            Person admin = data.person(Role.ADMIN, "Chain Checker");
            // Staff sign in with a second factor where the demo is off (TwoFactorPolicy), as on these
            // nodes: the therapist enrols an authenticator through the real service first.
            String secret = enrolTotp(therapist);
            long auditBefore = auditLines();

            // ---- the nodes: A first, B once A is past Flyway (one schema, one migrator at a time)
            step = "starting the nodes";
            Map<String, String> props = nodeProperties();
            long t0 = System.nanoTime();
            NodeProcess a = node("node-a", PORT_A, props);
            if (!a.awaitLog(Duration.ofSeconds(120), "No migration necessary", "Successfully applied")) {
                problems.add("node A did not finish Flyway (see " + a.log() + ")");
            }
            long bAfter = ms(t0);
            NodeProcess b = node("node-b", PORT_B, props);
            long readyA = a.awaitReady(Duration.ofSeconds(180));
            long readyB = b.awaitReady(Duration.ofSeconds(180));
            figures.put("startup", "A ready in " + secs(readyA) + ", B in " + secs(readyB) + " (started "
                    + secs(bAfter) + " after A, once A was past Flyway), both in " + secs(ms(t0)));

            Haproxy proxy = Haproxy.start(haproxyBinary, run.workDir(), LISTEN, PORT_A, PORT_B, STATS);
            closing.push(proxy);
            awaitProxy();

            Chromium chromium = Chromium.launch();
            closing.push(chromium);
            browser = chromium.browser;

            // ---- (a) fresh browsers: round-robin spreads them, the cookie keeps each on its node
            step = "(a) stickiness";
            List<Tab> fresh = new ArrayList<>();
            for (int i = 0; i < clients.size(); i++) {
                Tab tab = tab("browser " + (i + 1), null);
                signIn(tab, clients.get(i).username(), null);
                tab.page().navigate(BASE + "/my-exceptions");
                tab.page().locator("#entry-save").waitFor();
                tab.page().reload();
                tab.page().locator("#entry-save").waitFor();
                fresh.add(tab);
            }
            Map<String, Long> perNode = new LinkedHashMap<>();
            for (Tab tab : fresh) {
                if (tab.nodes().size() != 1) {
                    problems.add("(a) " + tab.label() + " was served by " + tab.nodes() + ", not one node");
                }
                perNode.merge(tab.node(), 1L, Long::sum);
            }
            figures.put("browsers per node", perNode.toString());
            Tab clientA = fresh.stream().filter(t -> t.nodes().equals(Set.of("a"))).findFirst().orElse(null);
            Tab userB = fresh.stream().filter(t -> t.nodes().equals(Set.of("b"))).findFirst().orElse(null);
            if (clientA == null || userB == null) {
                problems.add("(a) both nodes did not serve browsers: " + perNode);
                return;
            }
            Person clientOnA = clients.get(fresh.indexOf(clientA));
            Person clientOnB = clients.get(fresh.indexOf(userB));

            // ---- (b) live home across nodes: therapist on B, the client writes on A
            step = "(b) live home across nodes";
            Tab home = tab("therapist", "b");
            signIn(home, therapist.username(), secret);
            home.page().navigate(BASE + "/caseload");
            String countSelector = "#case-" + caseOf.get(clientOnA.username()) + " .moments-count";
            home.page().locator(countSelector).waitFor();
            home.page().evaluate("() => window.tetherNotReloaded = true");
            // Let the push channel open and the feed see a screen on B before the first write.
            home.page().waitForTimeout(1_000);
            List<String> moments = new ArrayList<>();
            List<Long> delays = new ArrayList<>();
            int updates = run.settings().full() ? 10 : 2;
            for (int i = 1; i <= updates; i++) {
                // Notes in the page when the count changes, so the test's own polling does not count.
                home.page().evaluate("sel => { window.tetherChangedAt = undefined;"
                        + " const first = document.querySelector(sel).textContent;"
                        + " new MutationObserver((m, o) => { const el = document.querySelector(sel);"
                        + " if (el && el.textContent !== first) { window.tetherChangedAt = Date.now(); o.disconnect(); } })"
                        + ".observe(document.body, {subtree: true, childList: true, characterData: true}); }", countSelector);
                String marker = "Two nodes " + runId + " moment " + i;
                long savedAt = saveMoment(clientA, marker);
                moments.add(marker);
                try {
                    home.page().waitForFunction("() => window.tetherChangedAt !== undefined", null,
                            new Page.WaitForFunctionOptions().setTimeout(20_000));
                    delays.add(((Number) home.page().evaluate("() => window.tetherChangedAt")).longValue() - savedAt);
                } catch (com.microsoft.playwright.TimeoutError e) {
                    problems.add("(b) the therapist's home on B did not change within 20 s of save " + i + " on A");
                    break;
                }
            }
            if (!delays.isEmpty()) {
                List<Long> sorted = delays.stream().sorted().toList();
                figures.put("cross-node home update (save on A to change on B's screen, poll 2 s)", delays.size()
                        + " updates, median " + secs(sorted.get((sorted.size() - 1) / 2)) + ", max "
                        + secs(sorted.getLast()));
            }
            if (!Boolean.TRUE.equals(home.page().evaluate("() => window.tetherNotReloaded === true"))) {
                problems.add("(b) the therapist's page was reloaded instead of updated by push");
            }
            if (!home.nodes().equals(Set.of("b")) || !clientA.nodes().equals(Set.of("a"))) {
                problems.add("(b) therapist served by " + home.nodes() + ", client by " + clientA.nodes());
            }

            // ---- (c) throttling: failures on A and on B count together
            step = "(c) throttling";
            Tab onA = tab("throttle A", "a");
            Tab onB = tab("throttle B", "b");
            for (int i = 0; i < 3; i++) {
                failSignIn(onA, probe.username());
            }
            for (int i = 0; i < 2; i++) {
                failSignIn(onB, probe.username());
            }
            // The right password on B, after 5 failures (3 of them on A): the per-user limit holds.
            onB.page().navigate(BASE + "/login");
            submitLogin(onB.page(), probe.username(), TestData.PASSWORD);
            onB.page().waitForURL(u -> u.contains("/login?"), new Page.WaitForURLOptions().setTimeout(20_000));
            boolean refused = onB.page().url().contains("/login");
            long failures = jdbc.sql("SELECT COUNT(*) FROM sign_in_failure WHERE throttle_key = ?")
                    .param(SignInThrottle.userKey(probe.username())).query(Long.class).single();
            if (!refused) {
                problems.add("(c) 3 failed sign-ins on A and 2 on B, yet the right password was let in on B");
            }
            if (!onA.nodes().equals(Set.of("a")) || !onB.nodes().equals(Set.of("b"))) {
                problems.add("(c) the throttle browsers were served by " + onA.nodes() + " and " + onB.nodes());
            }
            figures.put("throttle", "3 failures on A + 2 on B = " + failures + " counted; right password on B "
                    + (refused ? "refused" : "let in"));
            onA.context().close();
            onB.context().close();

            // ---- (d) SIGKILL of A
            step = "(d) SIGKILL of A";
            for (int i = moments.size() + 1, last = moments.size() + MOMENTS_BEFORE_KILL; i <= last; i++) {
                String marker = "Two nodes " + runId + " moment " + i;
                saveMoment(clientA, marker);
                moments.add(marker);
            }
            String onBBefore = "Two nodes " + runId + " on B before";
            saveMoment(userB, onBBefore);
            Set<String> aBefore = Set.copyOf(clientA.nodes());
            int killed = a.kill();
            long killedAt = System.nanoTime();
            clientA.page().reload();
            boolean askedToSignIn;
            try {
                clientA.page().waitForURL(u -> u.contains("/login"), new Page.WaitForURLOptions().setTimeout(30_000));
                clientA.page().locator("vaadin-login-form").waitFor();
                askedToSignIn = true;
            } catch (com.microsoft.playwright.TimeoutError e) {
                askedToSignIn = false;
                problems.add("(d) after SIGKILL of A, A's browser was not asked to sign in (at " + clientA.page().url() + ")");
            }
            long loginAfter = ms(killedAt);
            if (askedToSignIn && !clientA.nodes().contains("b")) {
                problems.add("(d) A's browser's sign-in page did not come from B: " + clientA.nodes());
            }
            if (!aBefore.equals(Set.of("a"))) {
                problems.add("(d) A's browser had been served by " + aBefore + " before the kill");
            }
            // Signing in again works, now on B; every moment A had acknowledged is in the database.
            signIn(clientA, clientOnA.username(), null);
            long kept = 0;
            for (String marker : moments) {
                long n = jdbc.sql("SELECT COUNT(*) FROM exception_entry WHERE context = ?").param(marker)
                        .query(Long.class).single();
                if (n == 1) {
                    kept++;
                } else {
                    problems.add("(d) moment '" + marker + "', acknowledged on A, is in the database " + n + " times");
                }
            }
            // B's browser carries on without signing in.
            userB.page().navigate(BASE + "/my-exceptions");
            if (userB.page().url().contains("/login")) {
                problems.add("(d) B's browser was asked to sign in after A was killed");
            } else {
                saveMoment(userB, "Two nodes " + runId + " on B after");
            }
            if (!userB.nodes().equals(Set.of("b"))) {
                problems.add("(d) B's browser was served by " + userB.nodes());
            }
            if (home.page().url().contains("/login") || !home.nodes().equals(Set.of("b"))) {
                problems.add("(d) the therapist on B lost the home screen (" + home.page().url() + ", " + home.nodes() + ")");
            }
            figures.put("SIGKILL of A", "exit " + killed + "; A's browser on the sign-in page (from B) "
                    + secs(loginAfter) + " after the kill; " + kept + " of " + moments.size()
                    + " moments acknowledged on A in the database; B's browsers kept their sessions");

            // ---- (e) graceful stop of B with a request in flight (A is gone: no new node to send to)
            step = "(e) graceful stop of B";
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            long slowMs = 4_000;
            long sent = System.nanoTime();
            CompletableFuture<HttpResponse<String>> inFlight = http.sendAsync(HttpRequest.newBuilder(
                            URI.create(BASE + "/reliability/slow?ms=" + slowMs)).header("Cookie", "TETHER_NODE=b")
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            if (!b.awaitLog(Duration.ofSeconds(30), "Slow request started")) {
                problems.add("(e) the slow request never reached node B");
            }
            long stopping = System.nanoTime();
            int exit = b.stopGracefully(Duration.ofSeconds(60));
            long stopTook = ms(stopping);
            HttpResponse<String> answer = null;
            try {
                answer = inFlight.get(30, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                problems.add("(e) the request in flight during SIGTERM failed: " + e.getCause());
            }
            if (answer != null && (answer.statusCode() != 200 || !answer.body().startsWith("finished"))) {
                problems.add("(e) the request in flight during SIGTERM answered " + answer.statusCode() + " " + answer.body());
            }
            boolean graceful = b.logContains("Graceful shutdown complete");
            // 143 = 128 + SIGTERM: the JVM's normal exit on that signal, after its shutdown hooks.
            if (exit != 143 && exit != 0) {
                problems.add("(e) node B exited with " + exit + " after SIGTERM");
            }
            if (!graceful) {
                problems.add("(e) node B's log has no 'Graceful shutdown complete' (see " + b.log() + ")");
            }
            figures.put("SIGTERM of B", "a " + secs(slowMs) + " request sent "
                    + secs(TimeUnit.NANOSECONDS.toMillis(stopping - sent)) + " before the stop answered "
                    + (answer == null ? "nothing" : answer.statusCode()) + "; exit " + exit + " after " + secs(stopTook)
                    + (graceful ? ", graceful shutdown complete" : ""));

            // ---- (c, cont.) the audit chain, written by both nodes (and the test), still holds
            step = "(c) audit chain";
            long written = auditLines() - auditBefore;
            ChainCheck chain = users.as(admin.username(), () -> run.bean(AuditService.class).verify());
            if (!chain.intact()) {
                problems.add("(c) audit chain broken after both nodes wrote: " + chain.problem());
            }
            figures.put("audit", written + " lines written during the scenario; chain "
                    + (chain.intact() ? "intact (" + chain.linesChecked() + " lines)" : "BROKEN"));
        }

        private NodeProcess node(String name, int port, Map<String, String> props) throws Exception {
            Map<String, String> own = new LinkedHashMap<>(props);
            own.put("tether.node.id", name);
            own.put("tether.data-dir", run.workDir().resolve(name).toString());
            NodeProcess node = NodeProcess.start(name, port, run.workDir(), own);
            closing.push(node);
            return node;
        }

        private Map<String, String> nodeProperties() {
            return NodeProcess.sharedProperties(run);
        }

        private String enrolTotp(Person therapist) {
            TwoFactorService twoFactor = run.bean(TwoFactorService.class);
            return users.as(therapist.username(), () -> {
                var enrolment = twoFactor.startEnrolment();
                twoFactor.confirmEnrolment(enrolment.secret(), totp(enrolment.secret(), Instant.now()));
                return enrolment.secret();
            });
        }

        private static String totp(String secret, Instant at) {
            return new TOTPGenerator.Builder(secret)
                    .withHOTPGenerator(b -> b.withPasswordLength(6).withAlgorithm(HMACAlgorithm.SHA1))
                    .withPeriod(Duration.ofSeconds(30)).build().at(at);
        }

        private long auditLines() {
            return jdbc.sql("SELECT COUNT(*) FROM audit_event").query(Long.class).single();
        }

        private void awaitProxy() throws InterruptedException {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < deadline) {
                try {
                    var r = http.send(HttpRequest.newBuilder(URI.create(BASE + "/actuator/health/readiness"))
                            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() == 200) {
                        return;
                    }
                } catch (java.io.IOException e) {
                    // Not listening yet.
                }
                Thread.sleep(200);
            }
            throw new IllegalStateException("HAProxy did not answer on " + LISTEN + "; see target/reliability/scenario-6/haproxy.log");
        }

        private Tab tab(String label, String pinnedTo) {
            BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)
                    .setLocale("en-GB"));
            context.setDefaultTimeout(30_000);
            closing.push(context::close);
            if (pinnedTo != null) {
                // The cookie HAProxy itself sets once a browser has landed on that node.
                context.addCookies(List.of(new Cookie("TETHER_NODE", pinnedTo).setUrl(BASE)));
            }
            Page page = context.newPage();
            Set<String> nodes = ConcurrentHashMap.newKeySet();
            page.onResponse(r -> {
                // headers() is what the event carried; headerValue() would ask the browser again,
                // which fails for a response still queued when its context is closed.
                String node = r.headers().get(NODE_HEADER);
                if (node != null) {
                    nodes.add(node.replace("node-", "").toLowerCase(Locale.ROOT));
                }
            });
            return new Tab(label, context, page, nodes);
        }

        private static void submitLogin(Page page, String username, String password) {
            page.locator("input[name=username]").fill(username);
            page.locator("input[name=password]").fill(password);
            page.locator("vaadin-login-form vaadin-button").first().click();
        }

        /** Password, and for staff the authenticator's code (the next step's: the enrolment used this one). */
        private static void signIn(Tab tab, String username, String totpSecret) {
            Page page = tab.page();
            if (!page.url().contains("/login")) {
                page.navigate(BASE + "/login");
            }
            submitLogin(page, username, TestData.PASSWORD);
            page.waitForURL(u -> !u.contains("/login"));
            if (totpSecret != null) {
                page.waitForURL(u -> u.matches(".*/two-factor(\\?.*)?$"));
                page.locator("#two-factor-code input").fill(totp(totpSecret, Instant.now().plusSeconds(30)));
                page.locator("#two-factor-verify").click();
                page.waitForURL(u -> !u.contains("/two-factor"));
            }
        }

        private static void failSignIn(Tab tab, String username) {
            tab.page().navigate(BASE + "/login");
            submitLogin(tab.page(), username, "not-the-password-" + UUID.randomUUID());
            tab.page().waitForURL(u -> u.contains("/login?"), new Page.WaitForURLOptions().setTimeout(20_000));
        }

        /** Logs a moment through the client's page; returns the time of the click (epoch ms). */
        private static long saveMoment(Tab tab, String marker) {
            Page page = tab.page();
            page.navigate(BASE + "/my-exceptions");
            page.locator("#entry-context textarea").fill(marker);
            page.locator("#entry-behaviour textarea").fill("We slowed down and asked.");
            long at = System.currentTimeMillis();
            page.locator("#entry-save").click();
            com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(
                    page.locator("vaadin-notification-card").last()).containsText("Saved.",
                    new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
            return at;
        }

        private static long ms(long sinceNanos) {
            return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sinceNanos);
        }

        private static String secs(long ms) {
            return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
        }
    }
}
