package app.tether.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestData.Person;
import app.tether.TestUsers;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.Lens;
import app.tether.homework.AssignRequest;
import app.tether.homework.HomeworkService;
import app.tether.homework.JointAnswerService;
import app.tether.programme.FrameworkCatalog;
import app.tether.programme.FrameworkExercises;
import app.tether.security.AccountProvisioning;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Two partners write the joint answer at once, each in their own browser (decision 033): the later save
 * is refused, shows the other's version beside the partner's own text, and "put mine below theirs"
 * saves both. Neither loses a word.
 */
@IntegrationTest
class JointAnswerJourneyTest {

    static Chromium chromium;
    static Browser browser;
    @LocalServerPort int port;
    @Autowired HomeworkService homework;
    @Autowired JointAnswerService joint;
    @Autowired FrameworkCatalog catalog;
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

    private Page signedIn(BrowserContext context, Person who) {
        context.setDefaultTimeout(30_000);
        Page page = context.newPage();
        page.navigate("http://localhost:" + port + "/login");
        page.locator("input[name=username]").fill(who.username());
        page.locator("input[name=password]").fill(TestData.PASSWORD);
        page.locator("vaadin-login-form vaadin-button").first().click();
        page.waitForURL(u -> !u.contains("/login"));
        return page;
    }

    /** Types into the shared answer and waits until the lazy value has reached the server. */
    private static void write(Page page, String text) {
        page.locator("#field-tonight textarea").fill(text);
        assertThat(page.locator("#joint-status")).hasText("Not saved yet");
    }

    @Test
    void two_partners_writing_at_once_both_keep_their_text() {
        var data = new TestData(accountProvisioning, caseProvisioning);
        Person therapist = data.therapist();
        Person lei = data.client("Lei Together");
        Person ting = data.client("Ting Together");
        long caseId = data.enrolledCase(therapist, Lens.CONNECTION, 3, lei, ting);
        long hope = catalog.byCode(FrameworkExercises.HOPE_QUESTIONS).id();
        var pair = new TestUsers(userDetails).as(therapist.username(), () -> homework.assign(new AssignRequest(caseId,
                List.of(hope), List.of(lei.id(), ting.id()), null, null).joint(List.of(hope))));
        long leiCopy = pair.stream().filter(a -> a.clientId() == lei.id()).findFirst().orElseThrow().id();
        long tingCopy = pair.stream().filter(a -> a.clientId() == ting.id()).findFirst().orElseThrow().id();

        try (var leiContext = browser.newContext(new Browser.NewContextOptions().setViewportSize(375, 812));
             var tingContext = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page leiPage = signedIn(leiContext, lei);
            Page tingPage = signedIn(tingContext, ting);
            // Both find it in "My homework", shared with the other, and open the same (empty) version.
            assertThat(leiPage.locator(".joint-marker")).containsText("Shared with Ting Together");
            leiPage.navigate("http://localhost:" + port + "/homework/" + leiCopy);
            tingPage.navigate("http://localhost:" + port + "/homework/" + tingCopy);
            assertThat(leiPage.locator("#joint-status")).hasText("Nobody has written here yet");
            assertThat(tingPage.locator("#joint-status")).hasText("Nobody has written here yet");

            // Both write at once; Ting saves first.
            write(leiPage, "Tea at eight, phones away");
            write(tingPage, "A short walk after dinner");
            tingPage.locator("#joint-save").click();
            assertThat(tingPage.locator("#joint-status")).containsText("Version 1, saved by Ting Together");

            // Lei's save names the empty version he saw: refused, Ting's version beside his own text.
            leiPage.locator("#joint-save").click();
            assertThat(leiPage.locator("#joint-conflict")).isVisible();
            assertThat(leiPage.locator("#joint-theirs")).containsText("A short walk after dinner");
            assertThat(leiPage.locator("#field-tonight textarea")).hasValue("Tea at eight, phones away");
            assertThat(leiPage.locator("#field-tonight textarea")).isEditable();
            leiPage.locator("#joint-combine").click();
            assertThat(leiPage.locator("#joint-status")).containsText("Version 2, saved by Lei Together");
            assertThat(leiPage.locator("#field-tonight textarea"))
                    .hasValue("A short walk after dinner\nTea at eight, phones away");

            // Ting, still on version 1, adds a line: refused in turn, and she puts hers below.
            write(tingPage, "A short walk after dinner\nHolding hands on the way");
            tingPage.locator("#joint-save").click();
            assertThat(tingPage.locator("#joint-theirs")).containsText("Tea at eight, phones away");
            tingPage.locator("#joint-combine").click();
            assertThat(tingPage.locator("#joint-status")).containsText("Version 3, saved by Ting Together");
        }

        String saved = new TestUsers(userDetails).as(lei.username(), () -> joint.open(leiCopy)).current().answers()
                .first("tonight");
        org.assertj.core.api.Assertions.assertThat(saved.lines().toList()).containsExactly(
                "A short walk after dinner", "Tea at eight, phones away", "Holding hands on the way");
        var history = new TestUsers(userDetails).as(therapist.username(), () -> joint.history(leiCopy));
        org.assertj.core.api.Assertions.assertThat(history.versions()).hasSize(3);
    }
}
