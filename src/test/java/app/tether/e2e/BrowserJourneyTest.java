package app.tether.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.tether.IntegrationTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The main journeys in a real headless Chromium (Debian's package; Playwright's own browser
 * download is not used). Without a Chromium the test is skipped, unless TETHER_REQUIRE_BROWSER=1
 * (as in CI), where a missing browser fails the run.
 */
@IntegrationTest
class BrowserJourneyTest {

    static Chromium chromium;
    static Browser browser;
    @LocalServerPort int port;
    BrowserContext context;
    Page page;
    final List<String> cspViolations = new java.util.concurrent.CopyOnWriteArrayList<>();

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

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        context.setDefaultTimeout(30_000);
        page = context.newPage();
        // Every journey doubles as a check that the app runs under its Content-Security-Policy.
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy")) {
                cspViolations.add(m.text());
            }
        });
    }

    @AfterEach
    void closePage() {
        context.close();
        assertThat(cspViolations).as("CSP violations in the browser console").isEmpty();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signIn(String username) {
        page.navigate(url("/login"));
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill("tether-demo");
        page.locator("vaadin-login-form vaadin-button").first().click();
        page.waitForURL(u -> !u.contains("/login"));
    }

    @Test
    void therapist_signs_in_sees_chen_jing_and_opens_the_case() {
        signIn("therapist");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My caseload"))).isVisible();
        page.locator("a.case-link", new Page.LocatorOptions().setHasText("Chen Jing")).click();
        page.waitForURL(u -> u.contains("/cases/"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Chen Jing"))).isVisible();
        assertThat(page.locator("#stage-history")).containsText("Enrolled at stage 1");
        assertThat(page.locator("body")).containsText("Action Construction");
    }

    @Test
    void client_signs_in_and_sees_my_homework() {
        signIn("chen.jing");
        assertThat(page).hasURL(url("/my-homework"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My homework"))).isVisible();
        assertThat(page.locator("#group-done")).containsText("Pattern Recognition");
    }

    @Test
    void therapist_assigns_the_stage_set_client_answers_on_a_phone_therapist_reviews() {
        signIn("therapist");
        page.locator("a.case-link", new Page.LocatorOptions().setHasText("Chen Jing")).click();
        page.waitForURL(u -> u.matches(".*/cases/\\d+$"));
        page.locator("#tab-homework").click();
        page.waitForURL(u -> u.endsWith("/homework"));
        page.locator("#assign").click();
        assertThat(page.locator("vaadin-notification-card")).containsText("3 pieces of homework assigned");
        assertThat(page.locator("#case-homework")).containsText("Action Menu");
        assertThat(page.locator("#case-homework")).containsText("Feedback Loop");
        page.locator("#sign-out").click();
        page.waitForURL(u -> u.contains("/login"));

        // Chen Jing answers Hope Questions on a phone-sized screen.
        page.setViewportSize(375, 740);
        signIn("chen.jing");
        assertThat(page.locator("#group-due-soon")).containsText("Action Menu");
        page.locator("#group-due-soon a", new Page.LocatorOptions().setHasText("Hope Questions")).click();
        page.waitForURL(u -> u.contains("/homework/"));
        page.locator("#field-tonight textarea").fill("");
        page.locator("#submit-homework").click();
        assertThat(page.locator("#field-tonight")).containsText("Please answer this before sending.");
        String before = page.locator("#save-status").getAttribute("data-draft-version");
        page.locator("#field-tonight textarea").fill("We cook dumplings together and my phone stays in the drawer.");
        // The draft is saved after a short pause in typing; wait for that save, then reload.
        page.waitForCondition(() -> !java.util.Objects.equals(before,
                page.locator("#save-status").getAttribute("data-draft-version")));
        page.reload();
        assertThat(page.locator("#field-tonight textarea")).hasValue(
                "We cook dumplings together and my phone stays in the drawer.");
        page.locator("#submit-homework").click();
        assertThat(page.locator("vaadin-notification-card")).containsText("Sent.");
        page.locator("#sign-out").click();
        page.waitForURL(u -> u.contains("/login"));

        // The therapist reads it and comments; the client sees the comment.
        page.setViewportSize(1280, 900);
        signIn("therapist");
        page.locator("a.case-link", new Page.LocatorOptions().setHasText("Chen Jing")).click();
        page.locator("#tab-homework").click();
        page.waitForURL(u -> u.endsWith("/homework"));
        page.locator(".homework-row", new Page.LocatorOptions().setHasText("Hope Questions"))
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Sent"))
                .locator(".read-link").click();
        page.waitForURL(u -> u.contains("/review/"));
        assertThat(page.locator("body")).containsText("Answers from Chen Jing");
        page.locator("#review-comment-input textarea").fill("Dumplings and a drawer: a perfect small step.");
        page.locator("#mark-reviewed").click();
        assertThat(page.locator("vaadin-notification-card")).containsText("Marked as reviewed.");
        page.locator("#sign-out").click();
        page.waitForURL(u -> u.contains("/login"));

        signIn("chen.jing");
        page.locator("#group-done a", new Page.LocatorOptions().setHasText("Hope Questions")).first().click();
        page.waitForURL(u -> u.contains("/homework/"));
        assertThat(page.locator("body")).containsText("Dumplings and a drawer");
    }

    @Test
    void therapist_downloads_chen_jings_latest_session_summary() throws Exception {
        signIn("therapist");
        page.locator("a.case-link", new Page.LocatorOptions().setHasText("Chen Jing")).click();
        page.waitForURL(u -> u.matches(".*/cases/\\d+$"));
        page.locator("#tab-sessions").click();
        page.waitForURL(u -> u.endsWith("/sessions"));
        assertThat(page.locator("#session-list")).containsText("Session 6");
        shot("case-sessions");
        page.locator("#session-list a.session-card").first().click();
        page.waitForURL(u -> u.matches(".*/sessions/\\d+$"));
        assertThat(page.locator("#summary-panel")).containsText("Full record (PDF)");
        shot("session-page");
        String href = page.locator("#summary-record").getAttribute("href");
        assertThat(href).doesNotContainIgnoringCase("chen").doesNotContainIgnoringCase("jing");
        com.microsoft.playwright.Download download = page.waitForDownload(() -> page.locator("#summary-record").click());
        assertThat(download.suggestedFilename()).matches("tether-case\\d+-session6-\\d{4}-\\d{2}-\\d{2}-record\\.pdf");
        assertThat(download.url()).doesNotContainIgnoringCase("chen");
        Path saved = Files.createTempFile("summary", ".pdf");
        download.saveAs(saved);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(saved.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(text).contains("Session summary", "Chen Jing", "Session 6", "Maya Lindqvist", "Better moments");
        }
    }

    @Test
    void therapist_records_a_session_today_and_prints_the_days_summaries_as_one_pdf() throws Exception {
        signIn("therapist");
        page.locator("a.case-link", new Page.LocatorOptions().setHasText("Jonas Weber")).click();
        page.waitForURL(u -> u.matches(".*/cases/\\d+$"));
        page.locator("#tab-sessions").click();
        page.waitForURL(u -> u.endsWith("/sessions"));
        page.locator("#session-notes textarea").fill("Talked about the picture of a good Sunday.");
        page.locator("#session-create").click();
        page.waitForURL(u -> u.matches(".*/sessions/\\d+$"));
        assertThat(page.locator("vaadin-notification-card")).containsText("is recorded");
        page.navigate(url("/sessions/today"));
        assertThat(page.locator("#today-list")).containsText("Jonas Weber");
        page.locator("#print-all").click();
        assertThat(page.locator("#print-all-download")).isVisible();
        shot("todays-sessions");
        com.microsoft.playwright.Download download = page.waitForDownload(() -> page.locator("#print-all-download").click());
        assertThat(download.suggestedFilename()).matches("tether-sessions-\\d{4}-\\d{2}-\\d{2}\\.pdf");
        Path saved = Files.createTempFile("day", ".pdf");
        download.saveAs(saved);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(saved.toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains("Jonas Weber",
                    "Talked about the picture of a good Sunday.");
        }
    }

    @Test
    void admin_finds_the_therapists_opening_of_a_case_in_the_audit_trail_and_exports_it() throws Exception {
        signIn("therapist");
        page.locator("a.case-link", new Page.LocatorOptions().setHasText("Chen Jing")).click();
        page.waitForURL(u -> u.matches(".*/cases/\\d+$"));
        String caseId = page.url().replaceAll(".*/cases/(\\d+)$", "$1");
        page.locator("#sign-out").click();
        page.waitForURL(u -> u.contains("/login"));

        signIn("admin");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Audit trail")).click();
        page.waitForURL(u -> u.endsWith("/admin/audit"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Audit trail"))).isVisible();
        page.locator("#audit-person input").fill("therapist");
        page.locator("#audit-actions input").fill("Case opened");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Case opened").setExact(true)).click();
        page.keyboard().press("Escape");
        assertThat(page.locator("#audit-actions")).containsText("Case opened");
        page.locator("#audit-case input").fill(caseId);
        page.locator("#audit-case input").press("Tab");
        // The grid keeps cells of earlier rows in the page, hidden; read only the shown ones.
        var records = page.locator("#audit-grid vaadin-grid-cell-content:visible",
                new Page.LocatorOptions().setHasText(java.util.regex.Pattern.compile("^CASE \\d+$")));
        page.waitForCondition(() -> {
            List<String> shown = records.allTextContents();
            return !shown.isEmpty() && shown.stream().allMatch(t -> t.equals("CASE " + caseId));
        });
        assertThat(page.locator("#audit-grid")).containsText("Case opened");
        shot("audit-trail");

        com.microsoft.playwright.Download download = page.waitForDownload(() -> page.locator("#audit-export").click());
        assertThat(download.suggestedFilename()).matches("tether-audit-\\d{8}\\.csv");
        Path saved = Files.createTempFile("audit", ".csv");
        download.saveAs(saved);
        List<String> csv = Files.readAllLines(saved);
        assertThat(csv.getFirst()).startsWith("seq,at_utc,actor_id,actor,role,address,action");
        assertThat(csv.subList(1, csv.size())).isNotEmpty()
                .allSatisfy(l -> assertThat(l).contains("\"therapist\"", "\"CASE_OPENED\"", "\"" + caseId + "\""));
        var again = context.request().get(download.url());
        assertThat(again.headers().get("cache-control")).contains("no-store");
        assertThat(again.headers().get("content-type")).startsWith("text/csv");

        page.locator("#audit-check").click();
        assertThat(page.locator("#audit-chain-status")).containsText("lines are in place and unchanged.");
    }

    /** Keeps a picture of the page for people to look at (target/screenshots). */
    private void shot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target", "screenshots", name + ".png")));
    }

    @Test
    void another_therapist_loading_chen_jings_case_url_is_refused() {
        signIn("therapist");
        page.locator("a.case-link", new Page.LocatorOptions().setHasText("Chen Jing")).click();
        page.waitForURL(u -> u.contains("/cases/"));
        String caseUrl = page.url();
        page.locator("#sign-out").click();
        page.waitForURL(u -> u.contains("/login"));

        signIn("therapist2");
        page.navigate(caseUrl);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Page not available")))
                .isVisible();
        assertThat(page.content()).doesNotContain("Chen Jing");
    }
}
