package app.tether.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestData.Person;
import app.tether.TestUsers;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.Lens;
import app.tether.exceptionlog.EntryInput;
import app.tether.exceptionlog.ExceptionLogService;
import app.tether.security.AccountProvisioning;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The exception review in a real Chromium: the row's chevron is reached and used from the
 * keyboard, and ticking "Reviewed" leaves the open answers open (the grid's own row activation
 * used to close them).
 */
@IntegrationTest
class ReviewJourneyTest {

    static Chromium chromium;
    static Browser browser;
    @LocalServerPort int port;
    @Autowired ExceptionLogService log;
    @Autowired AccountProvisioning accountProvisioning;
    @Autowired CaseProvisioning caseProvisioning;
    @Autowired UserDetailsService userDetails;

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

    @Test
    void a_row_opened_from_the_keyboard_stays_open_when_marked_reviewed() {
        var data = new TestData(accountProvisioning, caseProvisioning);
        Person therapist = data.therapist();
        Person client = data.client("Rosa Journey");
        long caseId = data.enrolledCase(therapist, Lens.NARRATIVE, 10, client);
        for (String context : List.of("On the bus home", "At the market")) {
            new TestUsers(userDetails).run(client.username(), () -> log.save(caseId, null, new EntryInput(
                    LocalDateTime.now().minusHours(2), context, "We laughed about the rain", null, null, null,
                    List.of("outdoors"), false), 0));
        }
        try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            context.setDefaultTimeout(30_000);
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/login");
            page.locator("input[name=username]").fill(therapist.username());
            page.locator("input[name=password]").fill(TestData.PASSWORD);
            page.locator("vaadin-login-form vaadin-button").first().click();
            page.waitForURL(u -> !u.contains("/login"));
            page.navigate("http://localhost:" + port + "/cases/" + caseId + "/exceptions");

            Locator toggle = page.locator(".details-toggle").first();
            assertThat(toggle).hasAttribute("aria-expanded", "false");
            assertThat(toggle).hasAttribute("aria-label", "Show answers");
            toggle.focus();
            page.keyboard().press("Enter");
            Locator answers = page.locator("#exception-grid").getByText("What I did differently").first();
            assertThat(answers).isVisible();
            assertThat(page.locator(".details-toggle").first()).hasAttribute("aria-expanded", "true");

            page.locator("#exception-grid vaadin-checkbox", new Page.LocatorOptions().setHasText("Reviewed")).first()
                    .click();
            assertThat(page.locator("#exception-grid vaadin-checkbox", new Page.LocatorOptions().setHasText("Reviewed"))
                    .first()).hasAttribute("checked", "");
            assertThat(answers).isVisible();
            assertThat(page.locator(".details-toggle").first()).hasAttribute("aria-expanded", "true");
        }
    }
}
