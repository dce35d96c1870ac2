package app.tether.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestUsers;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.Lens;
import app.tether.exceptionlog.ExceptionLogService;
import app.tether.security.AccountProvisioning;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 11 where the browser matters, on a 375 px phone: a paste beyond a limit is kept and
 * refused with a message, a double click saves once, the rating boxes are big enough for a thumb.
 * Screenshots (375 px and desktop) go to /work/shots/fields (or TETHER_SHOTS_DIR).
 */
@IntegrationTest
class FieldsJourneyTest {

    static Chromium chromium;
    static Browser browser;
    @LocalServerPort int port;
    @Autowired AccountProvisioning provisioning;
    @Autowired CaseProvisioning cases;
    @Autowired UserDetailsService userDetails;
    @Autowired ExceptionLogService log;
    @Autowired app.tether.homework.HomeworkService homework;
    @Autowired app.tether.programme.ExerciseLibraryService library;
    BrowserContext context;
    Page page;
    TestData.Person client;
    TestData.Person therapist;
    long caseId;
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
    void openPhone() {
        var data = new TestData(provisioning, cases);
        client = data.client("Tang Wei");
        therapist = data.therapist();
        caseId = data.enrolledCase(therapist, Lens.CONNECTION, 5, client);
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(375, 740).setHasTouch(true));
        context.setDefaultTimeout(30_000);
        page = context.newPage();
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy")) {
                cspViolations.add(m.text());
            }
        });
        page.navigate(url("/login"));
        page.locator("input[name=username]").fill(client.username());
        page.locator("input[name=password]").fill(TestData.PASSWORD);
        page.locator("vaadin-login-form vaadin-button").first().click();
        page.waitForURL(u -> !u.contains("/login"));
    }

    @AfterEach
    void closePage() {
        context.close();
        assertThat(cspViolations).as("CSP violations in the browser console").isEmpty();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private int savedMoments() {
        return new TestUsers(userDetails).as(client.username(), () -> log.myEntries(caseId).size());
    }

    private void shoot(String name) {
        Path dir = Path.of(System.getenv().getOrDefault("TETHER_SHOTS_DIR", "/work/shots/fields"));
        for (int width : new int[] {375, 1280}) {
            page.setViewportSize(width, width == 375 ? 740 : 900);
            page.waitForTimeout(300);
            page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name + "-" + width + ".png")).setFullPage(true));
        }
        page.setViewportSize(375, 740);
    }

    @Test
    void a_paste_beyond_the_limit_is_kept_and_refused_and_a_double_click_saves_once() {
        page.navigate(url("/my-exceptions"));
        Locator contextPrompt = page.locator("#entry-context");
        Locator textarea = contextPrompt.locator("textarea");
        textarea.focus();
        // insertText is what a paste does to the field: a browser maxlength would cut it here.
        page.keyboard().insertText("x".repeat(5_000));
        assertThat(contextPrompt.locator(".char-count")).hasText("5,000 / 4,000");
        assertThat(contextPrompt).containsText("This is 5,000 characters; the limit is 4,000.");
        assertThat(((Number) textarea.evaluate("t => t.value.length")).intValue()).isEqualTo(5_000);

        page.locator("#entry-save").click();
        assertThat(page.locator("#entry-form .form-message")).hasText("Not saved yet: check the fields marked in red above.");
        assertThat(((Number) textarea.evaluate("t => t.value.length")).intValue()).isEqualTo(5_000);
        assertThat(savedMoments()).isZero();
        page.locator("#entry-form .form-message").scrollIntoViewIfNeeded();
        shoot("moment-over-limit-message");
        contextPrompt.locator("[slot=error-message]").scrollIntoViewIfNeeded();
        shoot("moment-over-limit-field");

        textarea.fill("We walked home together and talked about the garden.");
        assertThat(contextPrompt.locator(".char-count")).hasText("52 / 4,000");
        assertThat(page.locator("#entry-context[invalid]")).hasCount(0);
        page.locator("#entry-save").dblclick();
        assertThat(page.locator("vaadin-notification-card")).containsText("Saved. Thank you for noticing it.");
        assertThat(page.locator("#my-entries .entry-card")).hasCount(1);
        // Give a second click every chance to arrive: it must not have saved or complained.
        page.waitForTimeout(1_500);
        assertThat(savedMoments()).isEqualTo(1);
        assertThat(page.locator("#entry-form vaadin-text-area[invalid]")).hasCount(0);
        assertThat(page.locator("#entry-form .form-message")).isHidden();
        shoot("moment-saved");
    }

    @Test
    void each_rating_box_is_at_least_44_px_square_on_a_phone() {
        page.navigate(url("/my-scale"));
        Locator options = page.locator("#rate-value vaadin-radio-button");
        assertThat(options).hasCount(10);
        for (int i = 0; i < 10; i++) {
            BoundingBox box = options.nth(i).boundingBox();
            assertThat(box.width).as("width of rating %d", i + 1).isGreaterThanOrEqualTo(44);
            assertThat(box.height).as("height of rating %d", i + 1).isGreaterThanOrEqualTo(44);
            BoundingBox label = options.nth(i).locator("label").boundingBox();
            assertThat(label.width).as("tappable width of rating %d", i + 1).isGreaterThanOrEqualTo(44);
            assertThat(label.height).as("tappable height of rating %d", i + 1).isGreaterThanOrEqualTo(44);
        }
        options.nth(6).locator("label").tap();
        assertThat(options.nth(6)).hasAttribute("checked", "");
        shoot("rating");
    }

    @Test
    void a_refused_send_says_where_to_look_beside_the_button_and_my_homework_marks_the_draft() {
        new TestUsers(userDetails).run(therapist.username(), () -> {
            long hope = library.library().stream()
                    .filter(e -> app.tether.programme.FrameworkExercises.HOPE_QUESTIONS.equals(e.code()))
                    .map(app.tether.programme.ExerciseDefinition::id).findFirst().orElseThrow();
            homework.assign(new app.tether.homework.AssignRequest(caseId, List.of(hope), List.of(client.id()), null,
                    null));
        });
        page.navigate(url("/my-homework"));
        page.locator("#group-due-soon a", new Page.LocatorOptions().setHasText("Hope Questions")).click();
        page.waitForURL(u -> u.contains("/homework/"));
        String before = page.locator("#save-status").getAttribute("data-draft-version");
        page.locator("#field-partner textarea").fill("He said a walk after dinner.");
        page.waitForCondition(() -> !java.util.Objects.equals(before,
                page.locator("#save-status").getAttribute("data-draft-version")));
        page.locator("#submit-homework").click();
        assertThat(page.locator("#form-message")).hasText(
                "Not sent yet: some answers need a little more. The prompts marked in red above say what to change.");
        assertThat(page.locator("#field-tonight")).containsText("Please answer this before sending.");
        assertThat(page.locator("vaadin-notification-card")).hasCount(0);
        shoot("homework-refused");

        page.navigate(url("/my-homework"));
        assertThat(page.locator(".homework-card", new Page.LocatorOptions().setHasText("Hope Questions"))
                .locator(".draft-marker")).hasText("Draft saved, not sent");
        shoot("my-homework-draft");
    }
}
