package app.tether.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.tether.IntegrationTest;
import app.tether.caseload.CaseKind;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.Lens;
import app.tether.security.AccountProvisioning;
import app.tether.security.Role;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The therapist plans a weekly series and finds it in the week view; the client sees the next
 * appointment on a phone. Screenshots go to TETHER_SHOTS (if set), for looking at.
 */
@IntegrationTest
class AppointmentJourneyTest {

    static final String PASSWORD = "velvet-harbour-lantern-93";
    static Chromium chromium;
    static Browser browser;
    @LocalServerPort int port;
    @Autowired AccountProvisioning accounts;
    @Autowired CaseProvisioning cases;
    @Autowired app.tether.sessions.AppointmentService appointments;
    @Autowired org.springframework.security.core.userdetails.UserDetailsService userDetails;

    private app.tether.TestUsers users() {
        return new app.tether.TestUsers(userDetails);
    }
    BrowserContext context;
    Page page;

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
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signIn(String username) {
        page.navigate(url("/login"));
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(PASSWORD);
        page.locator("vaadin-login-form vaadin-button").first().click();
        page.waitForURL(u -> !u.contains("/login"));
    }

    private void shot(String name) {
        String dir = System.getenv("TETHER_SHOTS");
        if (dir != null) {
            page.waitForTimeout(300);
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of(dir, name + ".png")).setFullPage(true));
        }
    }

    private final Map<String, Long> ids = new java.util.HashMap<>();

    private String account(Role role, String name) {
        String username = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        ids.put(username, accounts.create(username, name, role, PASSWORD));
        return username;
    }

    @Test
    void therapist_plans_a_weekly_series_sees_it_in_the_week_and_the_client_sees_the_next_one_on_a_phone() {
        String therapist = account(Role.THERAPIST, "Tess Planner");
        String wu = account(Role.CLIENT, "Wu Hua");
        String sun = account(Role.CLIENT, "Sun Li");
        long caseId = cases.createCase(CaseKind.COUPLE, ids.get(therapist), List.of(ids.get(wu), ids.get(sun)));
        cases.enrol(caseId, Lens.CONNECTION, LocalDate.now().minusDays(10));

        signIn(therapist);
        page.navigate(url("/cases/" + caseId + "/appointments"));
        page.locator("#appointment-place input").fill("Room 2, Harbour Street 4");
        page.locator("#appointment-repeat").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Every week")).click();
        page.locator("#appointment-count input").fill("4");
        page.locator("#appointment-plan").click();
        assertThat(page.locator("vaadin-notification-card")).containsText("4 appointments are planned.");
        assertThat(page.locator("#appointments-coming .appointment-card")).hasCount(4);
        assertThat(page.locator("#attendance")).containsText("4 coming");
        shot("case-appointments-1280");
        page.locator("#appointments-coming").scrollIntoViewIfNeeded();
        shot("case-appointments-1280-list");
        page.setViewportSize(375, 740);
        shot("case-appointments-375");
        page.locator("#appointments-coming").scrollIntoViewIfNeeded();
        shot("case-appointments-375-list");
        page.setViewportSize(1280, 900);

        // The same time again: asked first, nothing planned on "Cancel".
        page.locator("#appointment-plan").click();
        assertThat(page.locator("vaadin-confirm-dialog[opened]")).containsText("This overlaps other appointments");
        shot("overlap-dialog-1280");
        page.locator("vaadin-confirm-dialog[opened] vaadin-button[slot=cancel-button]").click();
        assertThat(page.locator("#appointments-coming .appointment-card")).hasCount(4);

        // One occurrence cancelled by the client; the rest of the series stays.
        page.locator("#appointments-coming .appointment-card").nth(1)
                .locator("vaadin-button", new com.microsoft.playwright.Locator.LocatorOptions()
                        .setHasText("Cancel appointment")).click();
        page.locator("#cancel-by vaadin-radio-button", new Page.LocatorOptions().setHasText("the client")).click();
        shot("cancel-dialog-1280");
        page.locator("#cancel-confirm").click();
        assertThat(page.locator("#appointments-coming .appointment-cancelled")).hasCount(1);
        assertThat(page.locator("#attendance")).containsText("1 cancelled by the client");
        assertThat(page.locator("#attendance")).containsText("3 coming");

        // The first one is a week from today: next week in the week view.
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Week")).click();
        page.waitForURL(u -> u.endsWith("/appointments/week"));
        assertThat(page.locator(".week-day.today")).hasCount(1);
        shot("week-1280-this-week");
        page.locator("#week-next").click();
        assertThat(page.locator("#week-grid")).containsText("Wu Hua & Sun Li");
        assertThat(page.locator("#week-grid .week-item")).hasCount(1);
        shot("week-1280-next-week");
        page.setViewportSize(375, 740);
        shot("week-375-next-week");
        page.setViewportSize(1280, 900);
        page.locator("#feed-on").click();
        String feed = page.locator("#feed-address input").inputValue();
        assertThat(page.locator("#feed-panel")).containsText("initials");
        shot("week-1280-feed-on");
        var response = page.request().get(feed);
        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(response.text()).contains("SUMMARY:W. H. & S. L.")
                .doesNotContain("Wu Hua");
        page.navigate(url("/caseload"));
        assertThat(page.locator("#case-" + caseId)).containsText("Wu Hua");
        // The home grid's "Next session" column: the first of the series, a week from today.
        assertThat(page.locator("#home-grid")).containsText(LocalDate.now().plusWeeks(1).format(
                java.time.format.DateTimeFormatter.ofPattern("d MMM", java.util.Locale.UK)));
        shot("caseload-1280");

        // One for today: "Today's sessions" offers to record it.
        users().run(therapist, () -> appointments.plan(caseId, new app.tether.sessions.AppointmentInput(
                LocalDate.now(), java.time.LocalTime.of(23, 30), 30, List.of(ids.get(wu)),
                app.tether.sessions.AppointmentMode.ONLINE, "https://meet.example/wu", app.tether.sessions.Repeat.NONE,
                null, null), true));
        page.navigate(url("/sessions/today"));
        assertThat(page.locator("#today-appointments")).containsText("Record the session");
        shot("today-1280");
        page.setViewportSize(375, 740);
        shot("today-375");
        page.setViewportSize(1280, 900);
        page.locator("#sign-out").click();
        page.waitForURL(u -> u.contains("/login"));

        page.setViewportSize(375, 740);
        signIn(sun);
        assertThat(page.locator("#next-appointments")).containsText("Your next appointments");
        assertThat(page.locator("#next-appointments")).containsText("Room 2, Harbour Street 4");
        assertThat(page.locator("#next-appointments .appointment-card")).hasCount(3);
        assertThat(page.locator("#next-appointments")).containsText("Europe/London");
        shot("client-home-375");
    }
}
