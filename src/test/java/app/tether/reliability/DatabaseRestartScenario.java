package app.tether.reliability;

import app.tether.TestData;
import app.tether.base.db.EmbeddedMariaDb;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.Lens;
import app.tether.security.AccountProvisioning;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scenario 2 of issue 16: the load of scenario 1 (shorter, and the therapists also record sessions),
 * and in the middle the database server stops, stays down, and starts again; the application is not
 * restarted. A write refused meanwhile is sent again with the same key after a pause, as a person
 * clicks again. Meanwhile a client on "My better moments" (browserless) clicks save: the plain message
 * shows and the text stays; once the database is back the same click saves it, once. Then SQL: every
 * acknowledged write there exactly once, nothing half written.
 */
final class DatabaseRestartScenario {

    static final String MESSAGE = "Saving failed: Tether could not reach its database. What you typed is still here; "
            + "try again in a moment.";
    /** Down at least this long, whatever the UI check takes. */
    private static final Duration MIN_OUTAGE = Duration.ofSeconds(3);
    /** Writes refused after the server is back by more than this mean it did not recover. */
    private static final Duration RECOVERY_GRACE = Duration.ofSeconds(2);
    private static final Duration FIRST_WRITE_WAIT = Duration.ofSeconds(60);

    private DatabaseRestartScenario() {
    }

    static ScenarioResult run(ReliabilityRun run) throws Exception {
        var settings = run.settings();
        EmbeddedMariaDb db = run.context().getBeanProvider(EmbeddedMariaDb.class).getIfAvailable();
        if (db == null) {
            return ScenarioResult.of(2, "Database restart", "did not run", "",
                    List.of("needs the embedded MariaDB (TETHER_TEST_DB=embedded), which it stops and starts"));
        }
        JdbcTemplate jdbc = run.bean(JdbcTemplate.class);
        LoadPopulation population = LoadPopulation.of(run);
        var data = new TestData(run.bean(AccountProvisioning.class), run.bean(CaseProvisioning.class));
        var uiClient = data.client("Outage UI Client");
        data.enrolledCase(population.therapists().getFirst(), Lens.NARRATIVE, 5, uiClient);
        String typed = "Dinner without phones " + UUID.randomUUID();
        Duration before = settings.load().dividedBy(3).compareTo(Duration.ofSeconds(1)) < 0
                ? Duration.ofSeconds(1) : settings.load().dividedBy(3);
        Duration after = settings.load().dividedBy(3).compareTo(Duration.ofSeconds(2)) < 0
                ? Duration.ofSeconds(2) : settings.load().dividedBy(3);

        List<String> problems = new ArrayList<>();
        List<String> duringOutage;
        List<String> afterOutage;
        boolean textKept;
        long down;
        long stopped;
        long clicked;
        long starting;
        long up;
        long firstWrite;
        var load = new ClientLoad(run, population, "restart", true);
        try (OutageUi ui = OutageUi.signIn(run.context(), uiClient.username())) {
            ui.openMomentForm();
            ui.type(typed);
            load.start();
            Thread.sleep(before.toMillis());
            down = System.nanoTime();
            db.stopServer();
            stopped = System.nanoTime();
            try {
                duringOutage = ui.clickSave();
                clicked = System.nanoTime();
                textKept = typed.equals(ui.typed());
                long left = MIN_OUTAGE.toMillis() - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - down);
                if (left > 0) {
                    Thread.sleep(left);
                }
            } finally {
                starting = System.nanoTime();
                db.startServer();
                up = System.nanoTime();
                load.watchForFirstAck();
            }
            long waitUntil = System.nanoTime() + FIRST_WRITE_WAIT.toNanos();
            while (load.firstAckNanos() < 0 && System.nanoTime() < waitUntil) {
                Thread.sleep(20);
            }
            firstWrite = load.firstAckNanos();
            afterOutage = ui.clickSave();
            Thread.sleep(after.toMillis());
        } finally {
            load.stopAndWait(settings.ceiling());
        }

        if (!duringOutage.equals(List.of(MESSAGE))) {
            problems.add("during the outage the client saw " + duringOutage + " instead of the database message");
        }
        if (!textKept) {
            problems.add("the typed text was not kept on the screen during the outage");
        }
        if (afterOutage.size() != 1 || !afterOutage.getFirst().startsWith("Saved")) {
            problems.add("saving again after the outage showed " + afterOutage);
        }
        int uiEntries = jdbc.queryForObject("select count(*) from exception_entry where client_id = ? and draft = false "
                + "and context = ?", Integer.class, uiClient.id(), typed);
        if (uiEntries != 1) {
            problems.add("the moment saved again after the outage is stored " + uiEntries + " times");
        }
        if (firstWrite < 0) {
            problems.add("no write succeeded within " + FIRST_WRITE_WAIT.toSeconds() + " s of the database coming back");
        }
        long lateRefusals = load.refusedAt().stream().filter(t -> t[0] > up + RECOVERY_GRACE.toNanos()).count();
        if (lateRefusals > 0) {
            problems.add(lateRefusals + " writes refused more than " + RECOVERY_GRACE.toSeconds()
                    + " s after the database was back (the application did not recover)");
        }
        // A call under way when the server stopped may fail; one that failed before it did may not.
        long earlyRefusals = load.refusedAt().stream().filter(t -> t[1] < down).count();
        if (earlyRefusals > 0) {
            problems.add(earlyRefusals + " writes refused before the database stopped");
        }
        if (load.serverErrors() > 0) {
            problems.add(load.serverErrors() + " server errors other than the database not answering: "
                    + String.join("; ", load.errors()));
        }
        if (load.gaveUp() > 0) {
            problems.add(load.gaveUp() + " writes still refused after every retry");
        }
        problems.addAll(load.verify(jdbc));

        String done = population.clients().size() + " clients wrote and " + population.therapists().size()
                + " therapists kept home screens open and recorded sessions; after " + before.toSeconds()
                + " s the database server was stopped, kept down, and started again (the application was not "
                + "restarted); refused writes were sent again with the same key; a client clicked save during the "
                + "outage and again after it (browserless); then SQL checks for every acknowledged write and for "
                + "half-written records";
        String figures = String.format(Locale.ROOT, "outage %.1f s (stopping the server %.1f s, the UI click during "
                        + "it %.1f s, starting it %.1f s); first successful write %s after the database was "
                        + "back; acknowledged %d, refused %d (%s), given up %d; sessions recorded %d; UI during the "
                        + "outage: %s, text kept: %s; ",
                (up - down) / 1e9, (stopped - down) / 1e9, (clicked - stopped) / 1e9, (up - starting) / 1e9,
                firstWrite < 0 ? "none" : String.format(Locale.ROOT, "%.0f ms", firstWrite / 1e6),
                load.acknowledged(), load.refused(), load.refusals(), load.gaveUp(), load.sessionsAcknowledged(),
                duringOutage.isEmpty() ? "no message" : "\"" + String.join(" / ", duringOutage) + "\"",
                textKept ? "yes" : "no") + load.figures();
        return ScenarioResult.of(2, "Database restart", done, figures, problems);
    }
}
