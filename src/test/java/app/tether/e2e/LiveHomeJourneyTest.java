package app.tether.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.tether.IntegrationTest;
import app.tether.TestUsers;
import app.tether.WebClient;
import app.tether.caseload.CaseloadService;
import app.tether.exceptionlog.EntryView;
import app.tether.exceptionlog.ExceptionLogService;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The therapist's home screen is live: while it is open, Chen Jing logs a moment in another
 * browser and the count on her case changes without a reload (server push); another therapist's
 * open home screen receives nothing. Nobody who has not signed in gets a push channel.
 */
@IntegrationTest
class LiveHomeJourneyTest {

    static Chromium chromium;
    static Browser browser;
    @LocalServerPort int port;
    @Autowired CaseloadService caseload;
    @Autowired ExceptionLogService log;
    @Autowired UserDetailsService userDetails;
    final String marker = "Live journey " + UUID.randomUUID();
    final List<BrowserContext> contexts = new CopyOnWriteArrayList<>();
    final List<String> cspViolations = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void launch() {
        chromium = Chromium.launch();
        browser = chromium.browser;
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @AfterEach
    void cleanUp() {
        contexts.forEach(BrowserContext::close);
        // The demo practice is shared by every test: take the moment back (unseen, so deleted for real).
        var users = new TestUsers(userDetails);
        users.run("chen.jing", () -> {
            long caseId = caseload.myCases().getFirst().caseId();
            log.myEntries(caseId).stream().filter(e -> marker.equals(e.context())).map(EntryView::id)
                    .forEach(log::delete);
        });
    }

    private Page signedIn(String username) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        context.setDefaultTimeout(30_000);
        contexts.add(context);
        Page page = context.newPage();
        // The push WebSocket must pass the Content-Security-Policy (connect-src 'self').
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy")) {
                cspViolations.add(m.text());
            }
        });
        page.navigate("http://localhost:" + port + "/login");
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill("tether-demo");
        page.locator("vaadin-login-form vaadin-button").first().click();
        page.waitForURL(u -> !u.contains("/login"));
        return page;
    }

    /** Counts the UI changes the server pushes to a page over its WebSocket. */
    private static List<String> pushedChanges(Page page) {
        List<String> frames = new CopyOnWriteArrayList<>();
        page.onWebSocket(ws -> ws.onFrameReceived(f -> {
            String text = f.text();
            if (text != null && text.contains("\"syncId\"")) {
                frames.add(text);
            }
        }));
        return frames;
    }

    @Test
    void a_moment_chen_jing_logs_appears_on_her_therapists_open_home_screen_and_nowhere_else() {
        long caseId = new TestUsers(userDetails).as("chen.jing", () -> caseload.myCases().getFirst().caseId());

        Page therapist = signedIn("therapist");
        List<String> therapistPushes = pushedChanges(therapist);
        therapist.navigate("http://localhost:" + port + "/caseload");
        Locator count = therapist.locator("#case-" + caseId + " .moments-count");
        assertThat(count).isVisible();
        String before = count.textContent().strip();
        therapist.evaluate("() => window.tetherNotReloaded = true");
        // Notes in the page when the count changes, to measure the delay without the test's polling.
        therapist.evaluate("sel => { const first = document.querySelector(sel).textContent;"
                + " new MutationObserver((m, o) => { const el = document.querySelector(sel);"
                + " if (el && el.textContent !== first) { window.tetherChangedAt = Date.now(); o.disconnect(); } })"
                + ".observe(document.body, {subtree: true, childList: true, characterData: true}); }",
                "#case-" + caseId + " .moments-count");

        Page other = signedIn("therapist2");
        List<String> otherPushes = pushedChanges(other);
        other.navigate("http://localhost:" + port + "/caseload");
        assertThat(other.locator("#home-grid")).isVisible();
        assertThat(other.locator("#case-" + caseId)).hasCount(0);
        String otherBefore = other.locator("#home-all").innerText();

        Page client = signedIn("chen.jing");
        client.navigate("http://localhost:" + port + "/my-exceptions");
        client.locator("#entry-context textarea").fill(marker);
        client.locator("#entry-behaviour textarea").fill("I asked instead of guessing.");
        // Whatever pushes the login and navigation caused are over; count from here.
        therapistPushes.clear();
        otherPushes.clear();
        client.locator("#entry-save").click();
        assertThat(client.locator("vaadin-notification-card")).containsText("Saved.");

        assertThat(count).not().hasText(before, new LocatorAssertions.HasTextOptions().setTimeout(10_000));
        assertThat(therapist.evaluate("() => window.tetherNotReloaded === true")).isEqualTo(true);
        assertThat(therapistPushes).as("the change came over the push channel").isNotEmpty();

        // Give another therapist's screen every chance to have been told (it must not have been).
        other.waitForTimeout(1_500);
        assertThat(otherPushes).as("pushes to therapist2").isEmpty();
        assertThat(other.locator("#home-all").innerText()).isEqualTo(otherBefore);
        assertThat(cspViolations).as("CSP violations in the browser console").isEmpty();
    }

    @Test
    void the_push_channel_is_closed_to_anyone_not_signed_in() throws Exception {
        int status = new WebClient(port).get("/VAADIN/push?v-r=push&v-uiId=0&X-Atmosphere-Transport=long-polling");
        assertThat(status).as("anonymous push request").isIn(302, 401, 403);

        BrowserContext context = browser.newContext();
        contexts.add(context);
        Page page = context.newPage();
        List<String> pushes = new CopyOnWriteArrayList<>();
        page.onWebSocket(ws -> pushes.add(ws.url()));
        page.onRequest(r -> {
            if (r.url().contains("v-r=push")) {
                pushes.add(r.url());
            }
        });
        page.navigate("http://localhost:" + port + "/login");
        assertThat(page.locator("vaadin-login-form")).isVisible();
        page.waitForTimeout(1_000);
        assertThat(pushes).as("push connections from the login page").isEmpty();
    }
}
